"""The risk level (low / elevated / high) and its reasons, in plain words.

This is a self-monitoring aid, not a diagnosis: no validated count thresholds exist for
after-hours contact (domain brief §5), so every threshold is an editable heuristic, and the
level never appears without the reasons and the contacts behind them.

Rules, kept simple enough to explain in one paragraph (docs/burnout.md):
- an indicator at or above its *high* threshold is a "high" reason;
- at or above its *elevated* threshold, or well above your usual (at least ``baseline_factor``
  times the baseline and 2 more) *and* at least half its elevated threshold, it is an
  "elevated" reason (so "5 minutes, your usual is 2" in a quiet spring is not a reason);
- the level is high with any high reason or with ``elevated_for_high`` elevated reasons,
  elevated with any reason, low otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from after_hours.availability.burnout.indicators import (
    INDICATORS,
    WeekIndicators,
    baseline,
    number_json,
)
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.i18n import N_, _, ngettext
from after_hours.availability.localformat import number, percent


class Level(StrEnum):
    LOW = "low"
    ELEVATED = "elevated"
    HIGH = "high"


_RANK = {Level.LOW: 0, Level.ELEVATED: 1, Level.HIGH: 2}

# The level in one sentence, for the dashboard and the Reports page. It says what the rule
# says: a reason is a threshold reached *or* a rise well above the usual, so "more than usual"
# alone would be wrong when a heavy usual makes a week at the threshold look lighter.
LEVEL_SUMMARY = {
    Level.LOW: N_("Low: nothing stands out against your thresholds or your usual weeks."),
    Level.ELEVATED: N_(
        "Elevated: some of this week's figures reach your thresholds or rise well above your usual."
    ),
    Level.HIGH: N_("High: several signs point to a heavy week."),
}


def level_summary(level: Level) -> str:
    """The level in one sentence, in the user's language."""
    return _(LEVEL_SUMMARY[level])


JUDGED = tuple(i.name for i in INDICATORS if i.judged)


@dataclass(frozen=True)
class Thresholds:
    """Per indicator ``(elevated, high)``; read from settings (``burnout.<name>.<level>``)."""

    levels: Mapping[str, tuple[float, float]]
    baseline_factor: float = 2.0
    elevated_for_high: int = 4
    share_min_contacts: int = 10

    @classmethod
    def from_settings(cls, get: Any) -> Thresholds:
        """Build from a ``Settings.get``-like callable."""
        levels = {
            name: (float(get(f"burnout.{name}.elevated")), float(get(f"burnout.{name}.high")))
            for name in JUDGED
        }
        return cls(
            levels,
            float(get("burnout.baseline_factor")),
            int(get("burnout.elevated_reasons_for_high")),
            int(get("burnout.after_hours_share.min_contacts")),
        )


@dataclass(frozen=True)
class Reason:
    """One reason for the level: the words, and the contacts behind them."""

    indicator: str
    level: Level
    text: str
    value: float
    baseline: float | None
    contact_ids: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "level": self.level.value,
            "text": self.text,
            "value": number_json(self.value),
            "baseline": number_json(self.baseline),
            "contact_ids": list(self.contact_ids),
        }


@dataclass
class RiskAssessment:
    """A week's level, reasons and indicators with their baselines."""

    week: IsoWeek
    level: Level
    reasons: list[Reason]
    current: WeekIndicators
    baselines: dict[str, float | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week.label,
            "week_start": self.week.monday.isoformat(),
            "level": self.level.value,
            "reasons": [r.text for r in self.reasons],
            "indicators": {
                name: {
                    "value": number_json(value),
                    "baseline": number_json(self.baselines.get(name)),
                }
                for name, value in self.current.values.items()
            },
            "reason_details": [r.to_json() for r in self.reasons],
            "note": _(DISCLAIMER),
        }


DISCLAIMER = N_(
    "A self-monitoring aid, not a diagnosis: these are counts of what you logged, compared "
    "with your own usual weeks and with thresholds you can change."
)


def _n(value: float) -> str:
    """A figure as the language writes it ("32.5", "32,5"), as precise as ``risk --json``."""
    v = number_json(value)
    return number(v) if v is not None else ""


def _with_unit(value: float, unit: str) -> str:
    v = number_json(value)
    return percent(v) if unit == "%" and v is not None else _n(value)


def _count(value: float, one: str, many: str) -> str:
    """``one`` or ``many`` (each a whole sentence with ``{n}``) translated for ``value``."""
    return ngettext(one, many, int(value) if float(value).is_integer() else 2).format(n=_n(value))


def _what(name: str, value: float) -> str:
    """The figure in a colleague's words: "4 evenings this week"."""
    if name == "after_hours_contacts":
        return _count(
            value, "{n} after-hours contact this week", "{n} after-hours contacts this week"
        )
    if name == "after_hours_minutes":
        return _("{n} minutes on after-hours contacts this week").format(n=_n(value))
    if name == "after_hours_share":
        # The figure carries its own "%", so no "%" sits in the sentence for gettext to misread.
        return _("{share} of this week's contacts were after hours").format(
            share=_with_unit(value, "%")
        )
    if name == "evenings":
        return _count(value, "{n} evening this week", "{n} evenings this week")
    if name == "nights":
        return _count(
            value,
            "{n} night with contact between 22:00 and 06:00 this week (each cuts into 11 hours "
            "of rest)",
            "{n} nights with contact between 22:00 and 06:00 this week (each cuts into 11 hours "
            "of rest)",
        )
    if name == "weekend_days":
        return _count(
            value,
            "{n} weekend day with contact this week",
            "{n} weekend days with contact this week",
        )
    if name == "days_since_disconnected":
        return _count(
            value,
            "{n} day since a day with no contact outside your hours",
            "{n} days since a day with no contact outside your hours",
        )
    if name == "longest_run":
        return _count(
            value,
            "{n} day in a row with after-hours contact",
            "{n} days in a row with after-hours contact",
        )
    if name == "quick_replies":
        return _count(
            value,
            "{n} reply within 15 minutes after hours this week",
            "{n} replies within 15 minutes after hours this week",
        )
    if name == "crisis_contacts":
        return _count(value, "{n} crisis contact this week", "{n} crisis contacts this week")
    if name == "boundary_events":
        return _count(
            value,
            "{n} boundary event this week (friend requests, looking clients up, gifts, channels "
            "outside an agreement)",
            "{n} boundary events this week (friend requests, looking clients up, gifts, channels "
            "outside an agreement)",
        )
    return f"{name.replace('_', ' ')}: {_n(value)}"


def reached(
    value: float,
    usual: float | None,
    elevated: float,
    high: float,
    unit: str = "",
) -> str:
    """What the figure reached, named: a threshold (with its number) or a rise over the usual.

    A reason used to end "..., your usual is 23.5 (elevated)" for 10 contacts, which read as
    if 10 were high against 23.5. Now it says what made it a reason (issue 17).
    """
    if value >= high:
        text = (
            _("at your high threshold ({threshold})")
            if value == high
            else _("above your high threshold ({threshold})")
        )
        return text.format(threshold=_with_unit(high, unit))
    if value >= elevated:
        text = (
            _("at your elevated threshold ({threshold})")
            if value == elevated
            else _("above your elevated threshold ({threshold})")
        )
        return text.format(threshold=_with_unit(elevated, unit))
    if usual is not None and usual > 0:
        return _("well above your usual ({times} times it)").format(
            times=_n(round(value / usual, 1))
        )
    return _("well above your usual")


def describe(
    name: str,
    value: float,
    usual: float | None,
    *,
    elevated: float = float("inf"),
    high: float = float("inf"),
) -> str:
    """A reason: the figure, what it reached, then the usual for comparison.

    "10 after-hours contacts this week: at your elevated threshold (10). Your usual: 23.5."
    """
    unit = "%" if name == "after_hours_share" else ""
    what, why = _what(name, value), reached(value, usual, elevated, high, unit)
    if usual is None:
        return _("{what}: {why}. Not enough weeks yet to know your usual.").format(
            what=what, why=why
        )
    return _("{what}: {why}. Your usual: {usual}.").format(
        what=what, why=why, usual=_with_unit(usual, unit)
    )


def assess(
    current: WeekIndicators,
    previous: Sequence[WeekIndicators],
    thresholds: Thresholds,
    contact_ids: Mapping[str, Sequence[int]] | None = None,
) -> RiskAssessment:
    """The level and reasons for ``current`` given the weeks before it (the baseline)."""
    baselines = {name: baseline(previous, name) for name in current.values}
    reasons: list[Reason] = []
    for name in JUDGED:
        value = current.values.get(name, 0)
        if not value:
            continue
        if (
            name == "after_hours_share"
            and current.values.get("total_contacts", 0) < thresholds.share_min_contacts
        ):
            continue  # 2 of 3 contacts is "67%" but says little
        elevated, high = thresholds.levels.get(name, (float("inf"), float("inf")))
        usual = baselines.get(name)
        level = Level.LOW
        if value >= high:
            level = Level.HIGH
        elif value >= elevated or (
            usual is not None
            and value >= 2
            and value >= thresholds.baseline_factor * usual
            and value >= usual + 2
            and value >= elevated / 2
        ):
            level = Level.ELEVATED
        if level is Level.LOW:
            continue
        ids = tuple(contact_ids.get(name, ())) if contact_ids else ()
        text = describe(name, value, usual, elevated=elevated, high=high)
        reasons.append(Reason(name, level, text, value, usual, ids))
    reasons.sort(key=lambda r: -_RANK[r.level])
    highs = sum(1 for r in reasons if r.level is Level.HIGH)
    if highs or len(reasons) >= thresholds.elevated_for_high:
        overall = Level.HIGH
    elif reasons:
        overall = Level.ELEVATED
    else:
        overall = Level.LOW
    return RiskAssessment(current.week, overall, reasons, current, baselines)
