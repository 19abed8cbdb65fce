"""The week editor's model: blocks on a 7-day grid, converted to and from schedule windows.

Qt-free so the round trip is tested without widgets. A block is one day's occurrence of a
window in minutes from that day's midnight; ``end`` may pass 1440 (a window crossing midnight
stays one block, drawn on two days). Converting back groups blocks with the same times, kind
and label into one window over several days, so "Mon-Fri 09:00-17:00" stays one window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale

from after_hours.availability.schedule import Window, WindowKind
from after_hours.ui.base.placeholders import fill

DAY = 24 * 60
SNAP = 15


@dataclass(frozen=True)
class Block:
    """One weekday's span, in minutes from that day's midnight (end exclusive, may pass 1440)."""

    day: int
    start: int
    end: int
    kind: WindowKind = WindowKind.REGULAR
    label: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.day <= 6:
            raise ValueError("day must be 0 (Monday) to 6 (Sunday)")
        if not (0 <= self.start < DAY and self.start < self.end <= self.start + DAY):
            raise ValueError(f"invalid block {self.start}-{self.end}")

    @property
    def duration(self) -> int:
        return self.end - self.start

    def moved(self, start: int, end: int) -> Block:
        return replace(self, start=start, end=end)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _clock(minutes: int) -> time:
    minutes %= DAY
    return time(minutes // 60, minutes % 60)


def blocks_from_windows(windows: tuple[Window, ...] | list[Window]) -> list[Block]:
    blocks = []
    for w in windows:
        start = _minutes(w.start)
        length = (_minutes(w.end) - start) % DAY or DAY
        for day in sorted(w.days):
            blocks.append(Block(day, start, start + length, w.kind, w.label))
    return sorted(blocks, key=lambda b: (b.day, b.start, b.kind))


def windows_from_blocks(blocks: list[Block]) -> tuple[Window, ...]:
    groups: dict[tuple[int, int, WindowKind, str], set[int]] = {}
    for b in blocks:
        groups.setdefault((b.start, b.end, b.kind, b.label), set()).add(b.day)
    windows = [
        Window(frozenset(days), _clock(start), _clock(end), kind, label)
        for (start, end, kind, label), days in groups.items()
    ]
    return tuple(sorted(windows, key=lambda w: (min(w.days), w.start, w.kind)))


def snap(minutes: float, step: int = SNAP) -> int:
    return int(round(minutes / step) * step)


def describe_window(w: Window) -> str:
    """Say "Mon-Fri 09:00-17:00, regular hours" for lists and screen readers."""
    days = sorted(w.days)
    locale = QLocale()

    def day(d: int) -> str:
        return locale.dayName(d + 1, QLocale.FormatType.ShortFormat)

    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        names = f"{day(days[0])}-{day(days[-1])}"
    else:
        names = ", ".join(day(d) for d in days)
    start, end = w.start.strftime("%H:%M"), w.end.strftime("%H:%M")
    if w.crosses_midnight:
        span = fill(QCoreApplication.translate("WeekEditor", "%1-%2 (next day)"), start, end)
    else:
        span = f"{start}-{end}"
    if w.kind is WindowKind.ON_CALL:
        if w.label:
            text = QCoreApplication.translate("WeekEditor", "%1 %2, on call (%3)")
        else:
            text = QCoreApplication.translate("WeekEditor", "%1 %2, on call")
    elif w.label:
        text = QCoreApplication.translate("WeekEditor", "%1 %2, regular hours (%3)")
    else:
        text = QCoreApplication.translate("WeekEditor", "%1 %2, regular hours")
    return fill(text, names, span, w.label)
