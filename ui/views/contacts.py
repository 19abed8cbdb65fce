"""Contacts: the whole log, lazily paged, filtered and sorted in SQL, edited with undo.

The page lives in :mod:`ui.contact_log_page` (with its model, dialog and undo commands);
this module keeps the registry's name for it.
"""

from __future__ import annotations

from ui.contact_log_page import ContactLogPage as ContactsPage

__all__ = ["ContactsPage"]
