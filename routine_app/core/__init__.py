"""Plain-Python domain code: no Qt here (checked by import-linter and tests/test_architecture.py)."""
