"""Words the report writers share (Markdown here, the PDF in ``ui``), so they never drift apart.

Every word is a gettext message (``after_hours.availability.i18n``) translated when a report is
written, so the report is in the interface's language (the app) or the environment's (the CLI).
Labels defined as data are marked with ``N_`` and translated by the function that shows them.

The explanatory note's facts come from the domain brief, sections 4 to 6.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from after_hours.availability.i18n import N_, _

# Re-exported: the writers format days, instants and numbers through this one module.
from after_hours.availability.localformat import day_month, long_date
from after_hours.availability.localformat import day_text as day_text
from after_hours.availability.localformat import number as number
from after_hours.availability.localformat import percent as percent
from after_hours.availability.localformat import when_text as when_text
from after_hours.availability.triage.model import CATEGORY_LABELS

if TYPE_CHECKING:
    # Annotations only: Today's chart formats week rows without the report's classes.
    from after_hours.availability.report.model import CrisisRow, IndicatorDef, Report, WeekRow

CHANNEL_LABELS = {
    "text": N_("Text"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "voicemail": N_("Voicemail"),
    "social_media": N_("Social media"),
    "messaging_app": N_("Messaging app"),
    "video": N_("Video"),
    "in_person": N_("In person"),
    "other": N_("Other"),
}

KIND_LABELS = {
    "message": N_("Message"),
    "call": N_("Call"),
    "friend_request": N_("Friend request"),
    "client_search": N_("Looked a client up"),
    "gift": N_("Gift"),
    "other_boundary": N_("Other boundary event"),
}

CLASSIFICATION_LABELS = {
    "in_hours": N_("in hours"),
    "on_call": N_("on call"),
    "after_hours": N_("after hours"),
}

LEVEL_LABELS = {"low": N_("Low"), "elevated": N_("Elevated"), "high": N_("High")}

# The load chart's legend (``ui.widgets.charts``), drawn on the dashboard and in the PDF.
CHART_USUAL = N_("your usual (median of the 8 weeks before)")
CHART_BAND = N_("usual range")
CHART_UNIT = N_("after-hours contacts a week")
CHART_EMPTY = N_("No data yet: log contacts and your weeks appear here.")
# The self-check chart's lines: the CBI's conventional bands (see the note's last paragraph).
CBI_MODERATE = N_("50: moderate")
CBI_HIGH = N_("75: high")

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

TITLE = N_("After-hours contact: supervision summary")

NOTE_TITLE = N_("What these numbers mean, and what they do not")

# One sentence per message, so a translator never has to split or merge; a paragraph is its
# sentences joined by a space. Figures are placeholders, formatted for the language.
NOTE_PARAGRAPHS: tuple[tuple[str, ...], ...] = (
    (
        N_(
            "This is self-monitoring: a record of the contacts you logged, counted against "
            "the hours you set."
        ),
        N_("It is not a diagnosis, and it does not measure how well you work."),
    ),
    (
        N_("The risk level and its thresholds are heuristics you can edit."),
        N_(
            "No validated count thresholds exist for after-hours contact; the defaults lean on "
            "the EU Working Time Directive (2003/88/EC): 11 consecutive hours of daily rest and "
            "24 uninterrupted hours of weekly rest."
        ),
        N_("The discussion prompts are questions chosen by simple rules, not findings."),
    ),
    (
        N_(
            "Why it is worth raising: in a survey of {surveyed} social workers in Canada, the "
            "United States and Israel (Mishna et al., British Journal of Social Work 52(2)), "
            "{informal} had informal contact with clients outside work hours and {never} had "
            "never discussed it with a supervisor or colleague."
        ),
        N_(
            "Workplace telepressure predicts burnout and poor sleep (Barber & Santuzzi 2015), "
            "and merely being on call worsened next-morning mood (Dettmers et al. 2016)."
        ),
    ),
    (
        N_(
            "Right to disconnect: Ontario requires employers with 25 or more employees to have a "
            "written disconnecting-from-work policy (Working for Workers Act 2021); France has "
            "negotiated disconnection arrangements since 2017, Portugal bars contact in rest "
            "periods since 2022, and in Australia employees may refuse unreasonable "
            "out-of-hours contact since August 2024."
        ),
        N_("This is context for the conversation, not a rule this report applies."),
    ),
    (
        N_(
            "Self-check scores come from the Copenhagen Burnout Inventory (Kristensen et al. "
            "2005), 0 to 100 per scale."
        ),
        N_(
            "The paper sets no cut-offs; reading 50 to 74 as moderate and 75 or more as high "
            "is a convention (used by the UK GMC)."
        ),
    ),
)


def title() -> str:
    return _(TITLE)


def note_title() -> str:
    return _(NOTE_TITLE)


def note_paragraphs() -> list[str]:
    """The explanatory note, in the current language, one string per paragraph."""
    figures = {
        "surveyed": number(4220),
        "informal": percent(64),
        "never": percent(41),
    }
    return [" ".join(_(s).format(**figures) for s in para) for para in NOTE_PARAGRAPHS]


# Short column headings for printed tables, explained under the table.
SHORT_LABELS = {
    "after_hours_contacts": N_("contacts"),
    "after_hours_minutes": N_("minutes"),
    "evenings": N_("evenings"),
    "nights": N_("nights"),
    "weekend_days": N_("weekend days"),
    "days_since_disconnected": N_("days since off"),
    "crisis_contacts": N_("crises"),
    "boundary_events": N_("boundary"),
}


def indicator_label(d: IndicatorDef) -> str:
    """An indicator's label in the current language (defined in ``burnout.indicators``)."""
    return _(d.label)


def short_label(d: IndicatorDef) -> str:
    return _(SHORT_LABELS[d.name]) if d.name in SHORT_LABELS else indicator_label(d)


def compact_day(d: date) -> str:
    """A day as "6 Oct 2026", "6 oct. 2026" (tables where every row is a Monday)."""
    return f"{day_month(d)} {d.year}"


def key_indicators(report: Report) -> list[IndicatorDef]:
    """The indicators worth a column in a printed table: the key ones, else all."""
    by_name = {d.name: d for d in report.indicators}
    chosen = [by_name[n] for n in KEY_INDICATORS if n in by_name]
    return chosen or list(report.indicators)


def deidentified_line(report: Report) -> str:
    """How clients appear in this report, in one or two sentences."""
    if report.identify_clients:
        return _("Clients appear under the pseudonyms you gave them (you chose to identify them).")
    letters = _(
        "Clients appear as Client A, B, ... in the order of their first contact in this period; "
        "the letters are not the same from one report to the next."
    )
    notes = (
        _("Notes are included, with pseudonyms replaced.")
        if report.include_notes
        else _("Notes are left out.")
    )
    return f"{letters} {notes}"


def channel_label(token: str) -> str:
    label = CHANNEL_LABELS.get(token)
    return _(label) if label else token.replace("_", " ").capitalize()


def kind_label(token: str) -> str:
    label = KIND_LABELS.get(token)
    return _(label) if label else token.replace("_", " ").capitalize()


def classification_label(token: str) -> str:
    label = CLASSIFICATION_LABELS.get(token)
    return _(label) if label else token


def level_label(token: str) -> str:
    label = LEVEL_LABELS.get(token)
    return _(label) if label else token


def yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def category_label(token: str) -> str:
    """The triage detector's own label for a category, in lower case for a list."""
    label = CATEGORY_LABELS.get(token)
    if label is None:
        return token.replace("_", " ")
    label = _(label)
    return label[0].lower() + label[1:]


def what_was_done(row: CrisisRow) -> str:
    """The crisis table's last cell: the note, that one exists, or that nothing was recorded."""
    if row.what_was_done:
        return row.what_was_done
    if row.has_note:
        if row.handled:
            return _("marked handled; a note was recorded (not included)")
        return _("a note was recorded (not included)")
    return _("marked handled, no note") if row.handled else _("not recorded")


CRISIS_COLUMNS = (
    N_("when"),
    N_("client"),
    N_("channel"),
    N_("hours"),
    N_("categories"),
    N_("what was done"),
)

BOUNDARY_COLUMNS = (N_("when"), N_("client"), N_("what"), N_("channel"), N_("after hours"))


def columns(names: Sequence[str]) -> tuple[str, ...]:
    """Table headings defined with ``N_``, in the current language."""
    return tuple(_(n) for n in names)


def crisis_rows(report: Report) -> list[tuple[str, ...]]:
    """The crisis-contacts table, the same in the Markdown and the PDF."""
    return [
        (
            when_text(c.at),
            c.client or "-",
            channel_label(c.channel),
            classification_label(c.classification),
            categories_text(c.categories),
            what_was_done(c),
        )
        for c in report.crises
    ]


def categories_text(tokens: tuple[str, ...]) -> str:
    return ", ".join(category_label(t) for t in tokens) or _("not recorded")


def boundary_what(token: str) -> str:
    """What a boundary event was, from the words ``compose`` gives it."""
    return _(token)


def cut_text(week: WeekRow) -> str:
    """The days a cut week counts, "(30 Nov only)" with a leading space; "" for a whole week."""
    if week.cut is None:
        return ""
    first, last = week.cut
    if first == last:
        return " " + _("({day} only)").format(day=day_month(first))
    if first.month == last.month:
        return " " + _("({first} to {last} only)").format(
            first=day_month(first).split(" ")[0], last=day_month(last)
        )
    return " " + _("({first} to {last} only)").format(first=day_month(first), last=day_month(last))


def week_text(week: WeekRow) -> str:
    """The week's Monday, and the days counted when the period cuts it."""
    return day_text(week.week_start) + cut_text(week)


def compact_week(week: WeekRow) -> str:
    return compact_day(week.week_start) + cut_text(week)


def generated_text(report: Report) -> str:
    return when_text(report.generated_at)


def period_text(report: Report) -> str:
    """The period in words: "1 Oct 2026 to 31 Oct 2026"; in French "1er octobre 2026 au ..."."""
    p = report.period
    return _("{start} to {end}").format(start=long_date(p.start), end=long_date(p.end))


def header_line(report: Report) -> str:
    """The line on every PDF page: the period and the generation date."""
    return _("{period} · generated {when}").format(
        period=period_text(report), when=generated_text(report)
    )


def hours_minutes(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if h:
        return _("{hours} h {minutes} min").format(hours=h, minutes=f"{m:02d}")
    return _("{minutes} min").format(minutes=m)


def summary_lines(report: Report) -> list[tuple[str, str]]:
    """The headline figures as (label, value) pairs, in reading order."""
    t = report.totals
    return [
        (_("Contacts logged"), number(t.contacts)),
        (_("After hours"), number(t.after_hours)),
        (_("On call"), number(t.on_call)),
        (_("In hours"), number(t.in_hours)),
        (_("Time on after-hours contact"), hours_minutes(t.after_hours_minutes)),
        (_("After-hours contacts you started"), number(t.after_hours_outgoing)),
        (_("Late at night (22:00 to 06:00)"), number(t.late_night)),
        (
            _("Weekends with after-hours contact"),
            _("{touched} of {weekends}").format(touched=t.weekends_touched, weekends=t.weekends),
        ),
        (
            _("Crisis contacts"),
            _("{crisis} ({after_hours} after hours)").format(
                crisis=t.crisis, after_hours=t.crisis_after_hours
            ),
        ),
        (_("Boundary events"), number(t.boundary)),
        (_("Clients"), number(t.clients)),
    ]
