"""After Hours' desktop layer (PySide6). Thin: widgets and models over ``availability``.

This package's ``__init__`` imports no Qt, so ``after-hours status`` and the other
subcommands start without loading PySide6.
"""
