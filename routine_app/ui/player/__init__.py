"""player feature of the window."""
