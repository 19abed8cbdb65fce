"""The running app: start-up, single instance, tray, main window, reminders and mail in the app.

The only room that knows every other room; nothing below imports it. Importing it first makes
PySide6's per-module source check read files without keeping them (ui/base/pyside_sources.py),
before the app's modules load.
"""

from after_hours.ui.base.pyside_sources import check_sources_without_caching

check_sources_without_caching()
