"""Markdown export: the whole report as one readable text file (tables in GitHub style).

In the current language (``after_hours.availability.i18n``), like the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from after_hours.availability.i18n import _, ngettext
from after_hours.availability.report import text as t
from after_hours.availability.report.model import Report
from after_hours.availability.report.prompts import scale_label
from after_hours.availability.status import WEEKDAYS


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    def cell(v: object) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(cell(h) for h in header) + " |"]
    out.append("|" + "|".join("---" for _cell in header) + "|")
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return out


def render_markdown(report: Report) -> str:
    r = report
    lines: list[str] = [f"# {t.title()}", ""]
    lines += [
        _("**Period:** {period} ({days} days, times in {zone})").format(
            period=t.period_text(r), days=r.period.days, zone=r.period.zone
        )
        + "  ",
        _("**Generated:** {when}").format(when=t.generated_text(r)) + "  ",
        _("**Clients:** {how}").format(how=t.deidentified_line(r)),
        "",
        "## " + _("Discussion prompts"),
        "",
    ]
    lines += [f"- {p.text}" for p in r.prompts] or ["- " + _("Nothing stood out by the rules.")]
    lines += ["", "## " + _("Summary"), ""]
    lines += _table(("", _("this period")), t.summary_lines(r))
    if r.indicator_totals and r.weeks:
        first, last = r.weeks[0].week_start, r.weeks[-1].week_start + timedelta(days=6)
        cut = any(w.cut for w in r.weeks)
        span = {"weeks": len(r.weeks), "first": t.day_text(first), "last": t.day_text(last)}
        intro = (
            ngettext(
                "Weekly indicators over the {weeks} week the period touches ({first} to {last}), "
                "counting only the period's days in the weeks cut at its edges (marked 'only' "
                "below) (a sum, or the weekly mean where marked):",
                "Weekly indicators over the {weeks} weeks the period touches ({first} to "
                "{last}), counting only the period's days in the weeks cut at its edges (marked "
                "'only' below) (a sum, or the weekly mean where marked):",
                len(r.weeks),
            )
            if cut
            else ngettext(
                "Weekly indicators over the {weeks} week the period touches ({first} to {last}) "
                "(a sum, or the weekly mean where marked):",
                "Weekly indicators over the {weeks} weeks the period touches ({first} to {last}) "
                "(a sum, or the weekly mean where marked):",
                len(r.weeks),
            )
        )
        lines += ["", intro.format(**span)]
        lines += [""]
        lines += _table(
            (_("indicator"), _("value")),
            [
                (
                    _(i.label)
                    if i.summable
                    else _("{label} (weekly mean)").format(label=_(i.label)),
                    t.number(i.value),
                )
                for i in r.indicator_totals
            ],
        )

    lines += ["", "## " + _("Risk level over time"), ""]
    if r.weeks:
        shown = t.key_indicators(r)
        names = [d.name for d in shown]
        header = [_("week of"), _("level"), *(t.indicator_label(d) for d in shown), _("reasons")]
        rows = []
        for w in r.weeks:
            vals = []
            for n in names:
                v = w.values.get(n)
                b = w.baselines.get(n)
                cell = "" if v is None else t.number(v)
                if b is not None and v is not None:
                    cell = _("{value} (usual {usual})").format(value=cell, usual=t.number(b))
                vals.append(cell)
            reasons = "; ".join(w.reasons) or "-"
            rows.append([t.week_text(w), t.level_label(w.level), *vals, reasons])
        lines += _table(header, rows)
    else:
        lines += [_("No weekly indicators for this period.")]

    lines += ["", "## " + _("After-hours contacts"), ""]
    lines += [_("By channel:"), ""]
    lines += (
        _table((_("channel"), _("contacts")), [(t.channel_label(k), n) for k, n in r.by_channel])
        if r.by_channel
        else [_("None.")]
    )
    lines += ["", _("By kind:"), ""]
    lines += (
        _table((_("kind"), _("contacts")), [(t.kind_label(k), n) for k, n in r.by_kind])
        if r.by_kind
        else [_("None.")]
    )
    lines += [
        "",
        _("By weekday and hour (local time; each cell counts after-hours contacts):"),
        "",
    ]
    header = ["", *(f"{h:02d}" for h in range(24)), _("total")]
    heat: list[list[object]] = [
        [_(WEEKDAYS[d]), *((n or "") for n in r.heat_map.cells[d]), r.by_weekday[d]]
        for d in range(7)
    ]
    lines += _table(header, heat)

    lines += ["", "## " + _("Crisis contacts"), ""]
    if r.crises:
        lines += _table(t.columns(t.CRISIS_COLUMNS), t.crisis_rows(r))
    else:
        lines += [_("None in this period.")]

    lines += ["", "## " + _("Boundary events"), ""]
    if r.boundary_events:
        lines += _table(
            t.columns(t.BOUNDARY_COLUMNS),
            [
                (
                    t.when_text(b.at),
                    b.client or "-",
                    t.boundary_what(b.what),
                    t.channel_label(b.channel),
                    t.yes_no(b.after_hours),
                )
                for b in r.boundary_events
            ],
        )
    else:
        lines += [_("None in this period.")]

    a = r.agreements
    lines += ["", "## " + _("Agreements"), ""]
    lines += [
        ngettext(
            "{n} communication agreement on file.",
            "{n} communication agreements on file.",
            a.agreements,
        ).format(n=a.agreements)
    ]
    if a.without_agreement:
        lines += [
            "",
            _("After-hours contact but no agreement: {clients}.").format(
                clients=", ".join(a.without_agreement)
            ),
        ]
    if a.overdue:
        lines += ["", _("Reviews overdue:"), ""]
        lines += [
            "- " + _("{client}: due {day}").format(client=o.client, day=t.day_text(o.due))
            for o in a.overdue
        ]
    if not a.without_agreement and not a.overdue:
        lines += [
            "",
            _("Every client with after-hours contact has an agreement, and no review is overdue."),
        ]

    lines += ["", "## " + _("Self-check (Copenhagen Burnout Inventory)"), ""]
    if r.self_checks:
        scales = sorted({s for p in r.self_checks for s in p.scores})
        lines += _table(
            (_("date"), *(scale_label(s).capitalize() for s in scales)),
            [
                (
                    t.day_text(p.taken_on),
                    *(
                        "-" if p.scores.get(s) is None else t.number(round(p.scores[s] or 0, 1))
                        for s in scales
                    ),
                )
                for p in r.self_checks
            ],
        )
    else:
        lines += [_("No self-check in this period.")]

    lines += ["", f"## {t.note_title()}", ""]
    for para in t.note_paragraphs():
        lines += [para, ""]
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(report: Report, path: Path | str) -> Path:
    out = Path(path)
    out.write_text(render_markdown(report), encoding="utf-8")
    return out
