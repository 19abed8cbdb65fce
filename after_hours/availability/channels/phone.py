"""Phone numbers as the sender map keys them: E.164 (``+15145550123``), however they were written.

A client's number reaches the app written many ways: ``(514) 555-0123`` typed by the clinician,
``+1 514-555-0123`` from KDE Connect, ``0033 6 12 34 56 78`` from an old contact card. All of
them must find the same pseudonym, so every number is brought to E.164 before it is stored or
looked up. A number without a country code is read in the profile's region. This is a small
normaliser, not a numbering-plan database: it knows each supported region's country code and
trunk prefix, which is all that matching needs (a wrong but consistent form still matches).
"""

from __future__ import annotations

import re
import unicodedata


class PhoneError(ValueError):
    """Text that is not a phone number."""


# Country calling code and national trunk prefix of the regions the app ships crisis lines
# for, and a few neighbours. NANP numbers (+1) have no trunk prefix but may start with "1".
_REGIONS: dict[str, tuple[str, str]] = {
    "CA": ("1", "1"),
    "US": ("1", "1"),
    "GB": ("44", "0"),
    "UK": ("44", "0"),
    "IE": ("353", "0"),
    "FR": ("33", "0"),
    "BE": ("32", "0"),
    "CH": ("41", "0"),
    "LU": ("352", ""),
    "DE": ("49", "0"),
    "NL": ("31", "0"),
    "ES": ("34", ""),
    "IT": ("39", ""),
    "AU": ("61", "0"),
    "NZ": ("64", "0"),
}

_SEPARATORS = re.compile(r"[\s().\-/\u00a0\u2010-\u2015]+")
# What a written phone number may hold: digits, one leading "+", separators, and an extension.
_PHONE_SHAPE = re.compile(r"^\+?[\d\s().\-/\u00a0\u2010-\u2015]+$")
_MIN_DIGITS = 5  # short codes ("12345") are numbers too: crisis text lines use them
_MAX_DIGITS = 15  # E.164's limit


def looks_like_phone(text: str) -> bool:
    """Digits and separators with at least five digits: a number, not a display name."""
    raw = unicodedata.normalize("NFKC", text).strip()
    digits = sum(ch.isdigit() for ch in raw)
    return bool(_PHONE_SHAPE.match(raw)) and digits >= _MIN_DIGITS


def calling_code(region: str) -> str:
    """The country calling code of a region; North America for one the app does not know."""
    return _REGIONS.get(region.strip().upper(), _REGIONS["CA"])[0]


def normalise_phone(text: str, region: str = "CA") -> str:
    """``(514) 555-0123`` in CA -> ``+15145550123``; ``06 12 34 56 78`` in FR -> ``+33612345678``.

    Raises :class:`PhoneError` with a sentence naming the text when it is not a number.
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    if not _PHONE_SHAPE.match(raw):
        raise PhoneError(f"{text.strip()!r} is not a phone number.")
    compact = _SEPARATORS.sub("", raw)
    international = compact.startswith("+") or compact.startswith("00")
    digits = compact.lstrip("+")
    if compact.startswith("00"):
        digits = compact[2:]
    if not digits.isdigit() or len(digits) < _MIN_DIGITS:
        raise PhoneError(f"{text.strip()!r} is too short to be a phone number.")
    if international:
        number = digits
    else:
        code, trunk = _REGIONS.get(region.strip().upper(), _REGIONS["CA"])
        if code == "1":
            # NANP: ten digits, or eleven starting with the "1" people dial first.
            if len(digits) == 11 and digits.startswith("1"):
                number = digits
            elif len(digits) == 10:
                number = "1" + digits
            else:
                return _short(digits, text)
        elif trunk and digits.startswith(trunk) and len(digits) > 6:
            number = code + digits[len(trunk) :]
        elif len(digits) > 6:
            number = code + digits
        else:
            return _short(digits, text)
    if len(number) > _MAX_DIGITS:
        raise PhoneError(f"{text.strip()!r} has more digits than any phone number.")
    return "+" + number


def _short(digits: str, text: str) -> str:
    """A short code (a crisis text line, a carrier service) stays as its digits: no country."""
    if len(digits) > 8:
        raise PhoneError(f"{text.strip()!r} is not a number in this region; add its country code.")
    return digits
