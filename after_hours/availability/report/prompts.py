"""Discussion prompts for supervision, chosen from the report's data by simple rules.

Each rule looks at one pattern and, past a threshold, writes one question. The thresholds are
heuristics (no validated counts exist: domain brief, section 5); they are named constants here
and listed in ``docs/report.md``. Rules run in priority order (crises first) and at most
:data:`MAX_PROMPTS` are kept, so the page stays a conversation starter, not a checklist.
The prompts ask; they never conclude.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from after_hours.availability.i18n import N_, _, current_language, ngettext
from after_hours.availability.report.model import Prompt, Report
from after_hours.availability.status import MONTHS

MAX_PROMPTS = 8
RISK_WEEKS_MIN = 2  # weeks at "elevated" or "high" before the level gets a prompt
WEEKENDS_MIN_TOUCHED = 2  # weekends with after-hours contact...
WEEKENDS_MIN_SHARE = 0.5  # ...and at least this share of the period's weekends
LATE_NIGHT_MIN = 3  # after-hours contacts between 22:00 and 06:00
CONCENTRATION_MIN_CONTACTS = 5  # one client's after-hours contacts...
CONCENTRATION_MIN_SHARE = 0.4  # ...and their share of all after-hours contacts
OUTGOING_MIN = 3  # after-hours contacts the clinician started...
OUTGOING_MIN_SHARE = 0.25  # ...and their share of after-hours contacts
RISING_MIN_DAYS = 28  # the period must be this long to compare its halves
RISING_FACTOR = 1.5  # second half at least this many times the first...
RISING_MIN_SECOND_HALF = 6  # ...with at least this many contacts in it
SELF_CHECK_MODERATE = 50.0  # CBI: 50-74 "moderate", 75+ "high" (UK GMC convention)
SELF_CHECK_HIGH = 75.0
SELF_CHECK_RISE = 10.0  # points on one scale between the first and last self-check

SCALE_LABELS = {
    "personal": N_("personal burnout"),
    "work": N_("work-related burnout"),
    "client": N_("client-related burnout"),
}

# Small counts read as words in English ("Three friend requests"); other languages use digits,
# since their number words agree with the noun.
_WORDS = ("No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


def count_word(n: int) -> str:
    """A count to open a sentence: "Three" in English up to ten, else the digits."""
    if current_language() == "en" and n < len(_WORDS):
        return _WORDS[n]
    return str(n)


def scale_label(name: str) -> str:
    return _(SCALE_LABELS[name]) if name in SCALE_LABELS else name.replace("_", " ")


def short_date(d: date) -> str:
    return _("{day} {month}").format(day=d.day, month=_(MONTHS[d.month - 1]))


def _names(labels: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(labels[:limit])
    more = len(labels) - limit
    return _("{names} and {more} more").format(names=shown, more=more) if more > 0 else shown


Rule = Callable[[Report], str | None]


def crisis_after_hours(r: Report) -> str | None:
    n = sum(1 for c in r.crises if c.classification == "after_hours")
    if n == 0:
        return None
    return ngettext(
        "{count} crisis contact after hours: how was the follow-up, and how were you afterwards?",
        "{count} crisis contacts after hours: how was the follow-up, and how were you afterwards?",
        n,
    ).format(count=count_word(n))


def crisis_unrecorded(r: Report) -> str | None:
    n = sum(1 for c in r.crises if not c.handled and not c.has_note)
    if n == 0:
        return None
    return ngettext(
        "{count} crisis contact has no record of what was done: worth going through together.",
        "{count} crisis contacts have no record of what was done: worth going through together.",
        n,
    ).format(count=count_word(n))


def risk_weeks(r: Report) -> str | None:
    raised = [w for w in r.weeks if w.level in ("elevated", "high")]
    if len(raised) < RISK_WEEKS_MIN:
        return None
    high = sum(1 for w in raised if w.level == "high")
    values = {
        "raised": len(raised),
        "weeks": len(r.weeks),
        "high": high,
        "first": short_date(raised[0].week_start),
    }
    if high:
        return _(
            "The risk level was elevated or high in {raised} of {weeks} weeks, high in {high} "
            "(first in the week of {first}): what was going on then?"
        ).format(**values)
    return _(
        "The risk level was elevated or high in {raised} of {weeks} weeks (first in the week "
        "of {first}): what was going on then?"
    ).format(**values)


def weekends(r: Report) -> str | None:
    t = r.totals
    if t.weekends_touched < WEEKENDS_MIN_TOUCHED or t.weekends == 0:
        return None
    if t.weekends_touched / t.weekends < WEEKENDS_MIN_SHARE:
        return None
    return _(
        "After-hours contact on {touched} of {weekends} weekends: what keeps weekends open, "
        "and what would a protected one take?"
    ).format(touched=t.weekends_touched, weekends=t.weekends)


def late_night(r: Report) -> str | None:
    n = r.totals.late_night
    if n < LATE_NIGHT_MIN:
        return None
    return ngettext(
        "{count} after-hours contact late at night (22:00 to 06:00): what would protect your "
        "nights?",
        "{count} after-hours contacts late at night (22:00 to 06:00): what would protect your "
        "nights?",
        n,
    ).format(count=count_word(n))


def _kind_count(r: Report, kind: str) -> int:
    return sum(1 for b in r.boundary_events if b.kind == kind)


def friend_requests(r: Report) -> str | None:
    n = _kind_count(r, "friend_request")
    if n == 0:
        return None
    return ngettext(
        "{count} friend request this period: how was it answered?",
        "{count} friend requests this period: how were they answered?",
        n,
    ).format(count=count_word(n))


def client_searches(r: Report) -> str | None:
    n = _kind_count(r, "client_search")
    if n == 0:
        return None
    if n == 1:
        return _("You looked a client up online once: what prompted it?")
    if n == 2:
        return _("You looked a client up online twice: what prompted it?")
    return _("You looked a client up online {n} times: what prompted it?").format(n=n)


def gifts(r: Report) -> str | None:
    n = _kind_count(r, "gift")
    if n == 0:
        return None
    return ngettext(
        "{count} gift from clients: how was it handled?",
        "{count} gifts from clients: how were they handled?",
        n,
    ).format(count=count_word(n))


def outside_agreement(r: Report) -> str | None:
    n = sum(1 for b in r.boundary_events if b.what == "channel not in the agreement")
    if n == 0:
        return None
    return ngettext(
        "{count} contact through a channel the client's agreement does not include: does the "
        "agreement still fit?",
        "{count} contacts through a channel the client's agreement does not include: does the "
        "agreement still fit?",
        n,
    ).format(count=count_word(n))


def without_agreement(r: Report) -> str | None:
    clients = r.agreements.without_agreement
    if not clients:
        return None
    n = len(clients)
    return ngettext(
        "{count} client ({names}) contacted you after hours without a communication agreement: "
        "is it time to set one?",
        "{count} clients ({names}) contacted you after hours without a communication "
        "agreement: is it time to set one?",
        n,
    ).format(count=count_word(n), names=_names(clients))


def overdue_reviews(r: Report) -> str | None:
    overdue = r.agreements.overdue
    if not overdue:
        return None
    n = len(overdue)
    return ngettext(
        "{count} agreement review is overdue ({names}): when will you go over them with the "
        "clients?",
        "{count} agreement reviews are overdue ({names}): when will you go over them with the "
        "clients?",
        n,
    ).format(count=count_word(n), names=_names([o.client for o in overdue]))


def concentration(r: Report) -> str | None:
    counts = Counter(c.client for c in r.contacts if c.classification == "after_hours")
    total = sum(counts.values())
    counts.pop("", None)
    if not counts or total == 0:
        return None
    client, n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    if n < CONCENTRATION_MIN_CONTACTS or n / total < CONCENTRATION_MIN_SHARE:
        return None
    return _(
        "{client} accounts for {n} of {total} after-hours contacts: what is happening in this "
        "work, and what support does it need?"
    ).format(client=client, n=n, total=total)


def outgoing(r: Report) -> str | None:
    t = r.totals
    if t.after_hours_outgoing < OUTGOING_MIN or t.after_hours == 0:
        return None
    if t.after_hours_outgoing / t.after_hours < OUTGOING_MIN_SHARE:
        return None
    return _(
        "You started {n} of {total} after-hours contacts yourself: what made reaching out feel "
        "necessary then?"
    ).format(n=t.after_hours_outgoing, total=t.after_hours)


def rising(r: Report) -> str | None:
    p = r.period
    if p.days < RISING_MIN_DAYS:
        return None
    middle = p.start.toordinal() + p.days // 2
    after = [c for c in r.contacts if c.classification == "after_hours"]
    first = sum(1 for c in after if c.at.date().toordinal() < middle)
    second = len(after) - first
    if second < RISING_MIN_SECOND_HALF or second < RISING_FACTOR * max(first, 1):
        return None
    return _(
        "After-hours contact rose from {first} in the first half of the period to {second} in "
        "the second: what changed?"
    ).format(first=first, second=second)


def self_check_level(r: Report) -> str | None:
    if not r.self_checks:
        return None
    last = r.self_checks[-1]
    scored = [(s, v) for s, v in last.scores.items() if v is not None]
    if not scored:
        return None
    scale, value = max(scored, key=lambda sv: sv[1])
    if value < SELF_CHECK_MODERATE:
        return None
    values = {
        "day": short_date(last.taken_on),
        "score": f"{value:.0f}",
        "scale": scale_label(scale),
    }
    if value >= SELF_CHECK_HIGH:
        return _(
            "Your self-check of {day} scored {score} on {scale} (75 or more is often read as "
            "high, a convention rather than a cut-off): what would help?"
        ).format(**values)
    return _(
        "Your self-check of {day} scored {score} on {scale} (50 to 74 is often read as "
        "moderate, a convention rather than a cut-off): what would help?"
    ).format(**values)


def self_check_rise(r: Report) -> str | None:
    if len(r.self_checks) < 2:
        return None
    first, last = r.self_checks[0], r.self_checks[-1]
    rises = []
    for scale, v in last.scores.items():
        before = first.scores.get(scale)
        if v is not None and before is not None and v - before >= SELF_CHECK_RISE:
            rises.append((v - before, scale, before, v))
    if not rises:
        return None
    _rise, scale, before, v = max(rises)
    return _(
        "Your {scale} score rose from {before} to {after} between {first} and {last}: what has "
        "been weighing?"
    ).format(
        scale=scale_label(scale),
        before=f"{before:.0f}",
        after=f"{v:.0f}",
        first=short_date(first.taken_on),
        last=short_date(last.taken_on),
    )


def quiet_period(r: Report) -> str | None:
    if r.totals.after_hours:
        return None
    if r.totals.contacts == 0:
        return _(
            "No contacts were logged in this period: was it quiet out of hours, or did "
            "logging lapse?"
        )
    return _("No after-hours contact in this period: what made that possible, and how can it last?")


RULES: tuple[tuple[str, Rule], ...] = (
    ("crisis_after_hours", crisis_after_hours),
    ("crisis_unrecorded", crisis_unrecorded),
    ("risk_weeks", risk_weeks),
    ("self_check_level", self_check_level),
    ("weekends", weekends),
    ("late_night", late_night),
    ("friend_requests", friend_requests),
    ("client_searches", client_searches),
    ("gifts", gifts),
    ("outside_agreement", outside_agreement),
    ("without_agreement", without_agreement),
    ("overdue_reviews", overdue_reviews),
    ("concentration", concentration),
    ("outgoing", outgoing),
    ("rising", rising),
    ("self_check_rise", self_check_rise),
    ("quiet_period", quiet_period),
)


def choose_prompts(report: Report, limit: int = MAX_PROMPTS) -> tuple[Prompt, ...]:
    """The prompts whose rules fire, in priority order, at most ``limit``."""
    out: list[Prompt] = []
    for name, rule in RULES:
        text = rule(report)
        if text:
            out.append(Prompt(name, text))
        if len(out) >= limit:
            break
    return tuple(out)
