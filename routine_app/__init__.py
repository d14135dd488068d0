"""Sciatica Routines: guided self-massage and stretch routines with a private pain journal."""

__version__ = "0.1.0"
