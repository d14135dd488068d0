"""QtCore only, no widgets: the routine player, sound and voice cues, reminders, the data
folder and the translators."""
