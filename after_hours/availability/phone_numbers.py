"""Phone numbers in one spelling (E.164), so "(613) 555-0101" and "+16135550101" are one sender.

Parsing is Google's libphonenumber (the ``phonenumbers`` package): national formats, trunk
prefixes and ``00``/``011`` international prefixes differ per country, and a hand-made table
would miss clients. A number written without a country code is read in the profile's region.
"""

from __future__ import annotations

import phonenumbers

# The profile's regions are the crisis-resource keys; libphonenumber wants ISO 3166 codes.
_ISO_REGION = {"UK": "GB"}


class PhoneNumberError(ValueError):
    """Text that is not a phone number."""


def iso_region(region: str) -> str:
    """The ISO 3166 code libphonenumber expects for a profile region (``UK`` -> ``GB``)."""
    code = region.strip().upper()
    return _ISO_REGION.get(code, code)


def normalise_phone(text: str, region: str) -> str:
    """``(613) 555-0101`` in region CA -> ``+16135550101``; raises :class:`PhoneNumberError`.

    Short codes and alphanumeric senders ("BANK") are not numbers and raise too.
    """
    raw = text.strip()
    if not raw or not any(ch.isdigit() for ch in raw):
        raise PhoneNumberError(f"{raw!r} is not a phone number.")
    try:
        parsed = phonenumbers.parse(raw, iso_region(region))
    except phonenumbers.NumberParseException as exc:
        raise PhoneNumberError(f"{raw!r} is not a phone number ({exc}).") from exc
    if not phonenumbers.is_possible_number(parsed):
        raise PhoneNumberError(f"{raw!r} is not a possible phone number.")
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def phone_or_none(text: str, region: str) -> str | None:
    """The E.164 form, or None when ``text`` is not a phone number."""
    try:
        return normalise_phone(text, region)
    except PhoneNumberError:
        return None
