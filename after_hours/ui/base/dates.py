"""Dates, times and figures as the interface's language writes them, through ``QLocale``.

``strftime`` speaks the C locale: under French it still wrote "Fri 20 Nov 2026". Qt's default
locale is set with the interface language (``translations.install_translators``), so these
give "Fri 20 Nov 2026 23:30" in English and "ven. 20 nov. 2026 23:30" in French, always with
a 24-hour clock. The value passed in is already in the zone to show (wall-clock fields are read).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qdatetime(dt: datetime) -> QDateTime:
    return QDateTime(_qdate(dt), QTime(dt.hour, dt.minute, dt.second))


def day_date_time(dt: datetime) -> str:
    """Like "Fri 20 Nov 2026 23:30" / "ven. 20 nov. 2026 23:30"."""
    return QLocale().toString(_qdatetime(dt), "ddd dd MMM yyyy HH:mm")


def day_month_time(dt: datetime) -> str:
    """Like "Fri 20 Nov 23:30" / "ven. 20 nov. 23:30"."""
    return QLocale().toString(_qdatetime(dt), "ddd dd MMM HH:mm")


def day_time(dt: datetime) -> str:
    """Like "Fri 23:30" / "ven. 23:30"."""
    return QLocale().toString(_qdatetime(dt), "ddd HH:mm")


def day_month(d: date) -> str:
    """Like "Fri 20 Nov" / "ven. 20 nov."."""
    return QLocale().toString(_qdate(d), "ddd dd MMM")


def full_date(d: date) -> str:
    """Like "20 Nov 2026" / "20 nov. 2026"."""
    return QLocale().toString(_qdate(d), "d MMM yyyy")


def day_month_short(d: date) -> str:
    """Like "20 Nov" / "20 nov." (a chart's axis)."""
    return QLocale().toString(_qdate(d), "d MMM")


def month_short(d: date) -> str:
    """Like "Nov" / "nov."."""
    return QLocale().toString(_qdate(d), "MMM")


def month_year(d: date) -> str:
    """Like "Nov 2026" / "nov. 2026"."""
    return QLocale().toString(_qdate(d), "MMM yyyy")


def decimal_text(value: float | None) -> str:
    """A figure to one decimal, whole numbers bare: "27.5" / "27,5", "4"; "–" for none.

    Python rounds (as the English screens always did); the locale gives the decimal mark.
    No thousands separator: a count reads "1200".
    """
    if value is None:
        return "–"
    return f"{value:.1f}".removesuffix(".0").replace(".", QLocale().decimalPoint())


def score_text(value: float) -> str:
    """A self-check score, always one decimal: "75.0" / "75,0"."""
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())
