"""Widgets: the main window, one module per page, dialogs and the theme."""
