"""Dialogs and windows opened over the main window: quick-log, crisis panel, wizard, editors."""
