"""Email addresses as the sender map keys them: one spelling per mailbox."""

from __future__ import annotations

import contextlib
import unicodedata
from email.utils import getaddresses


class AddressError(ValueError):
    """Text that is not an email address."""


def normalise_address(text: str) -> str:
    """``"J. Doe" <J.Doe@Example.ORG>`` -> ``j.doe@example.org``.

    Case is folded on both sides: the local part is case-sensitive in theory, but no real
    provider treats ``Jo@`` and ``jo@`` as different people, and a missed client is worse.
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    pairs = getaddresses([raw])
    address = pairs[0][1] if len(pairs) == 1 and pairs[0][1] else raw
    address = address.strip().strip("<>").strip().casefold()
    local, sep, domain = address.rpartition("@")
    if not sep or not local or not domain or " " in address or "." not in domain:
        raise AddressError(f"{text.strip()!r} is not an email address.")
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain}"


def sender_address(from_header: str) -> str | None:
    """The first address in a From header, normalised; None when there is none."""
    for _name, address in getaddresses([from_header]):
        if address:
            try:
                return normalise_address(address)
            except AddressError:
                return None
    return None
