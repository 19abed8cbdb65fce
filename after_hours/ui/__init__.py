"""After Hours' desktop layer (PySide6). Thin: widgets and models over ``availability``.

Rooms, from the top: ``main`` (the entry point), ``shell`` (start-up, tray, main window,
reminders and mail in the app), ``pages`` (one module per sidebar page), ``dialogs``,
``printing`` (PDFs), ``widgets`` (shared widgets, charts, table models) and ``base`` (what
every room may use: the services object, icons, labels, the display check). A room imports
only the rooms below it; an import-linter contract in ``make test`` keeps it that way.

This package's ``__init__`` imports no Qt, so ``after-hours status`` and the other
subcommands start without loading PySide6.
"""
