"""The running app: start-up, single instance, tray, main window, reminders and mail in the app.

The only room that knows every other room; nothing below imports it.
"""
