"""The clinician's crisis script and the replies to clients, rendered from templates.

Templates live in ``after_hours/resources/templates/<language>/`` (one TOML file per kind, plus the shared
``phrases.toml``), so wording is reviewed as text and a language is added as files. They are
filled from a :class:`ReplyContext`: the clinician's name, the hours in force, the next
availability (shown in the user's zone), and the region's numbers with the user's own first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from string import Template
from typing import TYPE_CHECKING, Any

from after_hours.availability.clock import Clock
from after_hours.availability.crisis.phrasing import (
    DEFAULT_LANGUAGE,
    Phrases,
    available_languages,
    load_toml,
)
from after_hours.availability.crisis.resources import RegionView, region_view
from after_hours.availability.i18n import current_language
from after_hours.availability.schedule import State
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = (
    "crisis-script",
    "crisis-reply",
    "crisis-reply-short",
    "expectation-reply",
    "friend-request-reply",
    "clinician-safety",
)
# The crisis reply for a text message: about 300 characters (the full one is for email).
SHORT_REPLY_LIMIT = 320


class UnknownKindError(ValueError):
    """Asked for a script or reply that does not exist."""


@dataclass(frozen=True)
class Rendered:
    """A filled template: a reply has ``text``; a script also has its numbered ``steps``.

    ``headings`` names each step in a few words (the crisis panel shows them as a checklist
    with the step folded under its heading); empty when the template has none.
    """

    kind: str
    title: str
    text: str
    steps: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "text": self.text,
            "steps": list(self.steps),
        }


@dataclass(frozen=True)
class ReplyContext:
    """Everything a template needs, gathered once (the crisis panel renders several)."""

    language: str
    name: str
    hours: str  # "Monday to Friday, 9:00 to 17:00", or "" with no schedule
    next_available: datetime | None
    next_available_text: str  # "Monday 23 November at 09:00", or ""
    state: State
    region: RegionView
    on_call_procedure: str = ""
    now: datetime | None = None

    @classmethod
    def build(
        cls,
        db: Database,
        clock: Clock,
        region: str | None = None,
        language: str | None = None,
        *,
        client: str | None = None,
    ) -> ReplyContext:
        """Gather the context; the language is ``language``, else the client's, else the default.

        A client's agreement may name their language: replies to that client are in it,
        whatever the interface's language (an English-speaking clinician with a
        French-speaking client sends the French crisis reply).
        """
        settings = Settings(db)
        if language is None and client:
            from after_hours.availability.agreements import AgreementStore

            language = AgreementStore(db, clock).language_of(client)
        lang = language or str(settings.get("crisis.language") or "") or current_language()
        if lang not in available_languages():
            lang = DEFAULT_LANGUAGE
        phrases = Phrases(lang)
        now = clock.now()
        display_name = settings.display_zone_name()
        display = zone(display_name)
        history = ScheduleStore(db, clock).history()
        schedule = history.in_force(now)
        state = history.state_at(now) if schedule is not None else State.OFF
        nxt = history.next_available(now) if schedule is not None else None
        return cls(
            language=lang,
            name=str(settings.get("profile.name") or "").strip(),
            hours=phrases.hours(schedule, display_name),
            next_available=nxt,
            next_available_text=phrases.instant(nxt, display) if nxt else "",
            state=state,
            region=region_view(region or str(settings.get("profile.region") or ""), db),
            on_call_procedure=str(settings.get("crisis.on_call_procedure") or "").strip(),
            now=now,
        )


def _values(ctx: ReplyContext, p: Phrases) -> dict[str, str]:
    """The placeholders every template may use."""
    named = bool(ctx.name)
    lines = [*ctx.region.user, *ctx.region.lines]
    if ctx.next_available_text:
        when = p.say("when_known", when=ctx.next_available_text)
    elif ctx.state is State.IN_HOURS:
        when = p.say("when_in_hours")
    else:
        when = p.say("when_unknown")
    values = {
        "name": ctx.name,
        "greeting": p.say("greeting_named", name=ctx.name) if named else p.say("greeting_plain"),
        "signature": p.say("signature_named", name=ctx.name) if named else p.say("signature_plain"),
        "clinician": p.say("clinician_named", name=ctx.name) if named else p.say("clinician_plain"),
        "monitor": p.say("monitor_in_hours")
        if ctx.state is State.IN_HOURS
        else p.say("monitor_off"),
        "hours": ctx.hours,
        "hours_sentence": p.say("hours_known", hours=ctx.hours)
        if ctx.hours
        else p.say("hours_unknown"),
        "hours_plain": ctx.hours or p.say("hours_plain_unknown"),
        "when_sentence": when,
        "next_available": ctx.next_available_text,
        "emergency": p.emergency(ctx.region.emergency),
        "crisis_lines": p.lines(lines),
        "first_line": p.first_line(lines),
        "region": ctx.region.name,
    }
    if "on_call_known" in p.table:
        values["on_call"] = (
            p.say("on_call_known", procedure=ctx.on_call_procedure)
            if ctx.on_call_procedure
            else p.say("on_call_unknown")
        )
        values["next_follow_up"] = (
            p.say("follow_up_known", when=ctx.next_available_text)
            if ctx.next_available_text
            else p.say("follow_up_unknown")
        )
    if "seen" in p.table:
        # The crisis replies speak as the clinician who has just read the message.
        values["seen"] = p.say("seen")
        if ctx.next_available_text:
            values["reply_when"] = p.say("reply_when_known", when=ctx.next_available_text)
        elif ctx.state is State.IN_HOURS:
            values["reply_when"] = p.say("reply_when_in_hours")
        else:
            values["reply_when"] = p.say("reply_when_unknown")
    return values


def _tidy(text: str) -> str:
    """Trim the template's surrounding blank lines and any line left empty at the end."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def render(kind: str, ctx: ReplyContext) -> Rendered:
    """Fill the template ``kind`` (one of :data:`KINDS`) for ``ctx``."""
    if kind not in KINDS:
        raise UnknownKindError(f"Unknown script {kind!r}: choose one of {', '.join(KINDS)}.")
    template = load_toml(ctx.language, f"{kind}.toml")
    extra = {k: v for k, v in template.items() if k not in {"title", "text", "steps", "headings"}}
    phrases = Phrases(ctx.language).with_extra(extra)
    values = _values(ctx, phrases)
    title = Template(str(template["title"])).substitute(values)
    if "steps" in template:
        steps = tuple(Template(str(s)).substitute(values) for s in template["steps"])
        text = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
        headings = tuple(str(h) for h in template.get("headings", ()))
        return Rendered(kind, title, text, steps, headings if len(headings) == len(steps) else ())
    text = _tidy(Template(str(template["text"])).substitute(values))
    if kind == "crisis-reply-short":
        text = " ".join(text.split())  # one paragraph: a text message has no layout
    return Rendered(kind, title, text)
