"""The contact log: what a contact is, how it is classified, stored, imported and exported.

Import the log itself from ``after_hours.availability.contacts.log`` (``ContactLog``); this package's
top level holds only the model so that ``after_hours.availability.agreements`` can use it without a cycle.
"""

from after_hours.availability.contacts.model import (
    Channel,
    Classification,
    Contact,
    ContactInputError,
    Direction,
    Kind,
    NewContact,
    Source,
    parse_channel,
    parse_direction,
    parse_kind,
)

__all__ = [
    "Channel",
    "Classification",
    "Contact",
    "ContactInputError",
    "Direction",
    "Kind",
    "NewContact",
    "Source",
    "parse_channel",
    "parse_direction",
    "parse_kind",
]
