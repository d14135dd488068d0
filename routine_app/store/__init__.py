"""Plain Python + sqlite3 storage: no Qt here (checked by import-linter and tests)."""
