"""journal feature of the window."""
