"""progress feature of the window."""
