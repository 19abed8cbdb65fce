"""Dates, times and numbers written the way the current language writes them, without Qt.

The report (Markdown, PDF) and the CLI write dates in words, so they cannot use ``strftime``:
it follows the C locale, English whatever the user reads. The patterns are gettext messages,
so a translator orders day, month and year and chooses the abbreviated (``{month}``) or the
full (``{month_name}``) name; French writes "3 décembre 2026", "jeu. 3 déc. 2026", "1er",
"23 h 40" and "1,5". Numbers take their decimal and grouping marks from :data:`NUMBER_MARKS`.
"""

from __future__ import annotations

from datetime import date, datetime

from after_hours.availability.i18n import N_, _, current_language
from after_hours.availability.status import MONTHS, WEEKDAYS

MONTH_NAMES = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    # The full name of the fifth month: the same msgid as its abbreviation in English.
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)

# (decimal mark, thousands separator) per language; English is the default. French (Canada)
# groups thousands with a no-break space ("4 220") and writes a decimal comma ("1,5").
NUMBER_MARKS = {"en": (".", ","), "fr": (",", "\u00a0")}


def _parts(d: date) -> dict[str, object]:
    return {
        "day": d.day,
        "month": _(MONTHS[d.month - 1]),
        "month_name": _(MONTH_NAMES[d.month - 1]),
        "year": d.year,
        "weekday": _(WEEKDAYS[d.weekday()]),
    }


def long_date(d: date) -> str:
    """A day without its weekday: "6 Oct 2026"; in French "6 octobre 2026", "1er octobre 2026"."""
    if d.day == 1:
        # TRANSLATORS: the first day of a month; also {month_name} (full) and {weekday}.
        return _("1 {month} {year}").format(**_parts(d))
    # TRANSLATORS: also {month_name} (the full month name) and {weekday}.
    return _("{day} {month} {year}").format(**_parts(d))


def day_text(d: date) -> str:
    """A day with its weekday: "Mon 6 Oct 2026"; in French "lun. 6 oct. 2026"."""
    if d.day == 1:
        return _("{weekday} 1 {month} {year}").format(**_parts(d))
    return _("{weekday} {day} {month} {year}").format(**_parts(d))


def day_month(d: date) -> str:
    """A day and month, no year: "6 Oct"; in French "6 oct.", "1er oct."."""
    if d.day == 1:
        return _("1 {month}").format(**_parts(d))
    return _("{day} {month}").format(**_parts(d))


def clock(t: datetime) -> str:
    """A time of day on the 24-hour clock: "23:40"; in French "23 h 40"."""
    return _("{hour}:{minute}").format(hour=f"{t.hour:02d}", minute=f"{t.minute:02d}")


def when_text(t: datetime) -> str:
    """An instant as "Fri 20 Nov 2026 23:40", in its own zone."""
    return _("{day} {time}").format(day=day_text(t.date()), time=clock(t))


def number(value: float, decimals: int = 1) -> str:
    """Whole numbers without a decimal mark, others with ``decimals`` digits: "1.5", "1,5"."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.{decimals}f}"
    point, group = NUMBER_MARKS.get(current_language(), NUMBER_MARKS["en"])
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def percent(value: float) -> str:
    """A percentage with its sign, spaced as the language spaces it: "64%", "64 %"."""
    return _("{n}%").format(n=number(value))
