"""Plain-Python domain code: no Qt here (checked by import-linter and a test)."""
