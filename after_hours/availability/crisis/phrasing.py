"""Plain-language pieces for replies: the hours, an instant, a crisis line, in one language.

The words come from ``after_hours/resources/templates/<language>/phrases.toml`` so a language is added as
files; this module only decides which piece to use and fills it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from datetime import datetime, time, tzinfo
from functools import cache
from string import Template
from typing import Any

from after_hours.availability.crisis.resources import Resource
from after_hours.availability.resources import resource, resource_text
from after_hours.availability.schedule import Schedule, WindowKind

DEFAULT_LANGUAGE = "en"


def available_languages() -> list[str]:
    """Languages with a phrase file (each folder under ``after_hours/resources/templates``)."""
    root = resource("templates")
    return sorted(
        p.name for p in root.iterdir() if p.is_dir() and p.joinpath("phrases.toml").is_file()
    )


@cache
def load_toml(language: str, name: str) -> dict[str, Any]:
    return tomllib.loads(resource_text("templates", language, name))


class Phrases:
    """The phrase table of one language, with small helpers that fill it."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.table: dict[str, Any] = dict(load_toml(language, "phrases.toml"))

    def with_extra(self, extra: dict[str, Any]) -> Phrases:
        copy = Phrases.__new__(Phrases)
        copy.language = self.language
        copy.table = {**self.table, **extra}
        return copy

    def say(self, key: str, **values: str) -> str:
        return Template(str(self.table[key])).substitute(values)

    # -- lists, times, days ----------------------------------------------------------------

    def join(self, items: Sequence[str]) -> str:
        """Join for reading: "a", "a and b", "a, b and c"."""
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        return (
            str(self.table["list_join"]).join(items[:-1]) + str(self.table["list_last"]) + items[-1]
        )

    def clock(self, t: time, *, padded: bool = False) -> str:
        """A time of day: "9:00" in an hours summary, "09:00" in a date (``padded``)."""
        key = "clock_padded" if padded else "clock"
        return self.say(key, hour=str(t.hour), hour2=f"{t.hour:02d}", minute=f"{t.minute:02d}")

    def days(self, days: frozenset[int]) -> str:
        """Days in words: "Monday to Friday", "Monday, Wednesday and Friday"."""
        names = self.table["weekdays"]
        runs: list[list[int]] = []
        for d in sorted(days):
            if runs and runs[-1][-1] == d - 1:
                runs[-1].append(d)
            else:
                runs.append([d])
        parts: list[str] = []
        for run in runs:
            if len(run) >= 3:
                parts.append(self.say("day_range", first=names[run[0]], last=names[run[-1]]))
            else:
                parts.extend(names[d] for d in run)
        return self.join(parts)

    def hours(self, schedule: Schedule | None, display_zone: str) -> str:
        """The regular hours in a short plain summary, or "" when there are none."""
        if schedule is None:
            return ""
        groups: dict[tuple[time, time], set[int]] = {}
        for w in schedule.windows:
            if w.kind is WindowKind.REGULAR:
                groups.setdefault((w.start, w.end), set()).update(w.days)
        if not groups:
            return ""
        items = [
            self.say(
                "hours_item",
                days=self.days(frozenset(days)),
                start=self.clock(start),
                end=self.clock(end),
            )
            for (start, end), days in sorted(groups.items(), key=lambda kv: min(kv[1]))
        ]
        text = str(self.table["hours_join"]).join(items)
        if schedule.timezone != display_zone:
            text += self.say("zone_note", zone=schedule.timezone)
        return text

    def instant(self, at: datetime, tz: tzinfo) -> str:
        """An instant in words, in the user's zone: "Monday 23 November at 09:00"."""
        local = at.astimezone(tz)
        return self.say(
            "date_time",
            weekday=self.table["weekdays"][local.weekday()],
            day=str(local.day),
            month=self.table["months"][local.month - 1],
            time=self.clock(local.time(), padded=True),
        )

    # -- crisis lines ------------------------------------------------------------------------

    def ways(self, r: Resource, *, immediate_only: bool = False) -> str:
        """How to reach a line: "call or text 988, chat 988lifeline.org".

        ``immediate_only`` leaves out email, whose replies are not immediate.
        """
        ways: list[str] = []
        if r.number and r.text == r.number and not r.keyword:
            ways.append(self.say("way_call_or_text", number=r.number))
        else:
            if r.number:
                ways.append(self.say("way_call", number=r.number))
            if r.text and r.keyword:
                ways.append(self.say("way_text_keyword", keyword=r.keyword, number=r.text))
            elif r.text:
                ways.append(self.say("way_text", number=r.text))
        if r.chat == "online":
            ways.append(self.say("way_chat_online"))
        elif r.chat:
            ways.append(self.say("way_chat", chat=r.chat))
        if r.whatsapp:
            ways.append(self.say("way_whatsapp"))
        if r.email and not immediate_only:
            ways.append(self.say("way_email", email=r.email))
        return str(self.table["ways_join"]).join(ways)

    def term(self, text: str) -> str:
        """A word from the resource file (hours, a language) in this language, if translated."""
        terms: dict[str, str] = self.table.get("terms", {})
        return str(terms.get(text, text))

    def line(self, r: Resource) -> str:
        items = [self.term(r.hours), ", ".join(self.term(lang) for lang in r.languages)]
        if r.unverified:
            items.append(self.say("unverified", what=self.term(r.unverified)))
        if r.is_user and r.notes:
            items.append(r.notes)
        items = [i for i in items if i]
        details = (
            self.say("details", items=str(self.table["details_join"]).join(items)) if items else ""
        )
        return self.say("line", name=r.name_in(self.language), ways=self.ways(r), details=details)

    def lines(self, resources: Sequence[Resource]) -> str:
        return "\n".join(self.line(r) for r in resources) or str(self.table["no_lines"])

    def first_line(self, resources: Sequence[Resource]) -> str:
        for r in resources:
            if r.is_verified:
                return self.say(
                    "first_line",
                    name=r.name_in(self.language),
                    ways=self.ways(r, immediate_only=True),
                )
        return str(self.table["first_line_unknown"])

    def emergency(self, numbers: Sequence[Resource]) -> str:
        """The number(s) to call: "911", "112 or 999", "101 (Ambulance, ...) or 100 (Police)"."""
        if not numbers:
            return str(self.table["emergency_unknown"])
        named = len({r.name for r in numbers}) > 1
        parts = [
            self.say("emergency_named", number=r.number, name=r.name_in(self.language))
            if named
            else r.number
            for r in numbers
        ]
        return self.say("emergency_known", numbers=str(self.table["emergency_or"]).join(parts))
