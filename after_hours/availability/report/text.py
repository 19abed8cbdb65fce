"""Words the report writers share (Markdown here, the PDF in ``ui``), so they never drift apart.

The explanatory note's facts come from the domain brief, sections 4 to 6.
"""

from __future__ import annotations

from datetime import date, datetime

from after_hours.availability.report.model import CrisisRow, IndicatorDef, Report, WeekRow
from after_hours.availability.triage.model import CATEGORY_LABELS

CHANNEL_LABELS = {
    "text": "Text",
    "email": "Email",
    "phone": "Phone",
    "voicemail": "Voicemail",
    "social_media": "Social media",
    "messaging_app": "Messaging app",
    "video": "Video",
    "in_person": "In person",
    "other": "Other",
}

KIND_LABELS = {
    "message": "Message",
    "call": "Call",
    "friend_request": "Friend request",
    "client_search": "Looked a client up",
    "gift": "Gift",
    "other_boundary": "Other boundary event",
}

CLASSIFICATION_LABELS = {
    "in_hours": "in hours",
    "on_call": "on call",
    "after_hours": "after hours",
}

LEVEL_LABELS = {"low": "Low", "elevated": "Elevated", "high": "High"}

# The weekly indicators the PDF and Markdown tables show, in this order, when present (the CSV
# has every indicator). Names as in ``risk --json``.
KEY_INDICATORS = (
    "after_hours_contacts",
    "after_hours_minutes",
    "evenings",
    "nights",
    "weekend_days",
    "days_since_disconnected",
    "crisis_contacts",
    "boundary_events",
)

TITLE = "After-hours contact: supervision summary"

NOTE_TITLE = "What these numbers mean, and what they do not"

NOTE_PARAGRAPHS = (
    "This is self-monitoring: a record of the contacts you logged, counted against the hours you "
    "set. It is not a diagnosis, and it does not measure how well you work.",
    "The risk level and its thresholds are heuristics you can edit. No validated count "
    "thresholds exist for after-hours contact; the defaults lean on the EU Working Time "
    "Directive (2003/88/EC): 11 consecutive hours of daily rest and 24 uninterrupted hours of "
    "weekly rest. The discussion prompts are questions chosen by simple rules, not findings.",
    "Why it is worth raising: in a survey of 4,220 social workers in Canada, the United States "
    "and Israel (Mishna et al., British Journal of Social Work 52(2)), 64% had informal contact "
    "with clients outside work hours and 41% had never discussed it with a supervisor or "
    "colleague. Workplace telepressure predicts burnout and poor sleep (Barber & Santuzzi 2015), "
    "and merely being on call worsened next-morning mood (Dettmers et al. 2016).",
    "Right to disconnect: Ontario requires employers with 25 or more employees to have a written "
    "disconnecting-from-work policy (Working for Workers Act 2021); France has negotiated "
    "disconnection arrangements since 2017, Portugal bars contact in rest periods since 2022, "
    "and in Australia employees may refuse unreasonable out-of-hours contact since August 2024. "
    "This is context for the conversation, not a rule this report applies.",
    "Self-check scores come from the Copenhagen Burnout Inventory (Kristensen et al. 2005), "
    "0 to 100 per scale. The paper sets no cut-offs; reading 50 to 74 as moderate and 75 or "
    "more as high is a convention (used by the UK GMC).",
)


# Short column headings for printed tables, explained under the table.
SHORT_LABELS = {
    "after_hours_contacts": "contacts",
    "after_hours_minutes": "minutes",
    "evenings": "evenings",
    "nights": "nights",
    "weekend_days": "weekend days",
    "days_since_disconnected": "days since off",
    "crisis_contacts": "crises",
    "boundary_events": "boundary",
}


def short_label(d: IndicatorDef) -> str:
    return SHORT_LABELS.get(d.name, d.label)


def compact_day(d: date) -> str:
    """A day as "6 Oct 2026" (tables where every row is a Monday)."""
    return f"{d.day} {d.strftime('%b')} {d.year}"


def key_indicators(report: Report) -> list[IndicatorDef]:
    """The indicators worth a column in a printed table: the key ones, else all."""
    by_name = {d.name: d for d in report.indicators}
    chosen = [by_name[n] for n in KEY_INDICATORS if n in by_name]
    return chosen or list(report.indicators)


def deidentified_line(report: Report) -> str:
    """How clients appear in this report, in one sentence."""
    if report.identify_clients:
        return "Clients appear under the pseudonyms you gave them (you chose to identify them)."
    return (
        "Clients appear as Client A, B, ... in the order of their first contact in this period; "
        "the letters are not the same from one report to the next. Notes are "
        + ("included, with pseudonyms replaced." if report.include_notes else "left out.")
    )


def channel_label(token: str) -> str:
    return CHANNEL_LABELS.get(token, token.replace("_", " ").capitalize())


def kind_label(token: str) -> str:
    return KIND_LABELS.get(token, token.replace("_", " ").capitalize())


def category_label(token: str) -> str:
    """The triage detector's own label for a category, in lower case for a list."""
    label = CATEGORY_LABELS.get(token)
    if label is None:
        return token.replace("_", " ")
    return label[0].lower() + label[1:]


def what_was_done(row: CrisisRow) -> str:
    """The crisis table's last cell: the note, that one exists, or that nothing was recorded."""
    if row.what_was_done:
        return row.what_was_done
    if row.has_note:
        return ("marked handled; " if row.handled else "") + "a note was recorded (not included)"
    return "marked handled, no note" if row.handled else "not recorded"


CRISIS_COLUMNS = ("when", "client", "channel", "hours", "categories", "what was done")


def crisis_rows(report: Report) -> list[tuple[str, ...]]:
    """The crisis-contacts table, the same in the Markdown and the PDF."""
    return [
        (
            when_text(c.at),
            c.client or "-",
            channel_label(c.channel),
            CLASSIFICATION_LABELS.get(c.classification, c.classification),
            categories_text(c.categories),
            what_was_done(c),
        )
        for c in report.crises
    ]


def categories_text(tokens: tuple[str, ...]) -> str:
    return ", ".join(category_label(t) for t in tokens) or "not recorded"


def day_text(d: date) -> str:
    """A day as "Mon 6 Oct 2026"."""
    return f"{d.strftime('%a')} {d.day} {d.strftime('%b')} {d.year}"


def cut_text(week: WeekRow) -> str:
    """The days a cut week counts, "(30 Nov only)" with a leading space; "" for a whole week."""
    if week.cut is None:
        return ""
    first, last = week.cut
    if first == last:
        return f" ({first.day} {first.strftime('%b')} only)"
    if first.month == last.month:
        return f" ({first.day} to {last.day} {last.strftime('%b')} only)"
    return f" ({first.day} {first.strftime('%b')} to {last.day} {last.strftime('%b')} only)"


def week_text(week: WeekRow) -> str:
    """The week's Monday, and the days counted when the period cuts it."""
    return day_text(week.week_start) + cut_text(week)


def compact_week(week: WeekRow) -> str:
    return compact_day(week.week_start) + cut_text(week)


def when_text(t: datetime) -> str:
    """An instant as "Fri 20 Nov 2026 23:40", in its own zone."""
    return f"{day_text(t.date())} {t.strftime('%H:%M')}"


def generated_text(report: Report) -> str:
    g = report.generated_at
    return f"{day_text(g.date())} {g.strftime('%H:%M')}"


def header_line(report: Report) -> str:
    """The line on every PDF page: the period and the generation date."""
    return f"{report.period.label} · generated {generated_text(report)}"


def number(value: float) -> str:
    """Whole numbers without a decimal point, others with one."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def hours_minutes(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


def summary_lines(report: Report) -> list[tuple[str, str]]:
    """The headline figures as (label, value) pairs, in reading order."""
    t = report.totals
    return [
        ("Contacts logged", str(t.contacts)),
        ("After hours", str(t.after_hours)),
        ("On call", str(t.on_call)),
        ("In hours", str(t.in_hours)),
        ("Time on after-hours contact", hours_minutes(t.after_hours_minutes)),
        ("After-hours contacts you started", str(t.after_hours_outgoing)),
        ("Late at night (22:00 to 06:00)", str(t.late_night)),
        ("Weekends with after-hours contact", f"{t.weekends_touched} of {t.weekends}"),
        ("Crisis contacts", f"{t.crisis} ({t.crisis_after_hours} after hours)"),
        ("Boundary events", str(t.boundary)),
        ("Clients", str(t.clients)),
    ]
