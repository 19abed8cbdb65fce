"""Undoable changes to the contact log: add, edit, delete (``QUndoCommand`` over ``ContactLog``).

Undoing a delete restores the contact with its id and its original classification
(:meth:`ContactLog.restore`), so an undo never re-judges history against today's hours.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtGui import QUndoCommand

from after_hours.availability.contacts import Contact, NewContact
from after_hours.ui.base.services import Services


def editable_values(c: Contact) -> dict[str, Any]:
    """The fields of a contact that an edit may change (what ``ContactLog.edit`` accepts)."""
    keep = {"at", "channel", "kind", "direction", "client", "minutes", "crisis", "note", "zone"}
    return {f.name: getattr(c, f.name) for f in fields(NewContact) if f.name in keep}


class _Command(QUndoCommand):
    def __init__(self, services: Services, text: str) -> None:
        super().__init__(text)
        self.services = services

    def _changed(self) -> None:
        self.services.events.contacts_changed.emit()


class AddContact(_Command):
    def __init__(self, services: Services, new: NewContact) -> None:
        super().__init__(services, "log a contact")
        self.new = new
        self.stored: Contact | None = None

    def redo(self) -> None:
        log = self.services.contacts
        if self.stored is None:
            self.stored = log.log(self.new)
        else:
            log.restore(self.stored)
        self._changed()

    def undo(self) -> None:
        assert self.stored is not None
        self.services.contacts.delete(self.stored.id)
        self._changed()


class EditContact(_Command):
    def __init__(self, services: Services, before: Contact, changes: dict[str, Any]) -> None:
        super().__init__(services, "edit a contact")
        self.contact_id = before.id
        self.before = {k: v for k, v in editable_values(before).items() if k in changes}
        self.after = changes

    def redo(self) -> None:
        self.services.contacts.edit(self.contact_id, **self.after)
        self._changed()

    def undo(self) -> None:
        self.services.contacts.edit(self.contact_id, **self.before)
        self._changed()


class DeleteContacts(_Command):
    def __init__(self, services: Services, contacts: list[Contact]) -> None:
        n = len(contacts)
        super().__init__(services, "delete a contact" if n == 1 else f"delete {n} contacts")
        self.contacts = contacts

    def redo(self) -> None:
        log = self.services.contacts
        with self.services.profile.db.atomic():
            for c in self.contacts:
                log.delete(c.id)
        self._changed()

    def undo(self) -> None:
        log = self.services.contacts
        with self.services.profile.db.atomic():
            for c in self.contacts:
                log.restore(c)
        self._changed()
