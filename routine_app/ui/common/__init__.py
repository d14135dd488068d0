"""common feature of the window."""
