"""library feature of the window."""
