"""The domain's words in the user's language, without Qt: gettext catalogues in resources.

One mechanism for everything in ``after_hours.availability`` that reaches a person: status
sentences, risk reasons, reminder texts, discussion prompts, CLI output and errors. Strings are
written in English inside ``_()`` (or ``N_()`` where they are defined before a language is
known, then passed through ``_()`` where they are used); ``make translations`` extracts them
with Babel into ``resources/locale/after_hours.pot`` and compiles each language's ``.po`` to the
``.mo`` read here.

The language is the one gettext would choose (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``), so ``LANG=fr_CA.UTF-8 after-hours status`` answers in French, unless the app sets
one from its Settings with :func:`set_language`. ``--json`` output is never translated. Client
replies are *not* translated here: they come from the per-language templates, in the client's
language (``crisis.scripts``).
"""

from __future__ import annotations

import gettext
import io
import os
from functools import cache

DOMAIN = "after_hours"
# Interface languages with a catalogue; English is the source language.
LANGUAGES = ("en", "fr")
_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_chosen: str | None = None


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language gettext would pick from the environment, among ours ("fr_CA.UTF-8": fr)."""
    env = os.environ if environ is None else environ
    for name in _ENV:
        value = env.get(name, "")
        if not value:
            continue
        # LANGUAGE may list several ("fr_CA:fr:en"); the first we have wins.
        for item in value.split(":"):
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("c", "posix"):
                return "en"
        return "en"
    return "en"


def set_language(language: str | None) -> None:
    """Use ``language`` ("en", "fr", or None for the system's) from now on."""
    global _chosen
    _chosen = language if language in LANGUAGES else None


def current_language() -> str:
    return _chosen or system_language()


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; English (the source) is the identity."""
    if language == "en":
        return gettext.NullTranslations()
    from after_hours.availability.resources import resource

    mo = resource("locale", language, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        data = mo.read_bytes()
    except (FileNotFoundError, OSError):
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(data))


def _(message: str) -> str:
    """``message`` in the current language (the English itself when there is no translation)."""
    return catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a message for ``n``, in the current language."""
    return catalogue(current_language()).ngettext(singular, plural, n)


ARGPARSE_DOMAIN = "argparse"


def use_argparse_catalogue() -> bool:
    """Let argparse's own words ("usage:", "options", its errors) follow the language too.

    Python ships no catalogue for argparse, and its module reads ``gettext.gettext``, the
    process's default domain. For a language of ours other than English, that domain becomes
    "argparse", bound to ``resources/locale/<lang>/LC_MESSAGES/argparse.mo``, so the CLI's
    ``--help`` and argument errors read as a whole in French; gettext picks the file from the
    same variables as :func:`system_language`. Returns whether it did (not when the shipped
    files are not plain files on disk, where argparse simply stays in English).
    """
    if current_language() == "en":
        return False
    from pathlib import Path

    from after_hours.availability.resources import resource

    locale = resource("locale")
    if not isinstance(locale, Path):
        return False
    gettext.bindtextdomain(ARGPARSE_DOMAIN, str(locale))
    gettext.textdomain(ARGPARSE_DOMAIN)
    return True


def N_(message: str) -> str:
    """Mark ``message`` for extraction where it is defined; translate it with ``_`` where used."""
    return message
