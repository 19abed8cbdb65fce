"""Markdown export: the whole report as one readable text file (tables in GitHub style)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from after_hours.availability.report import text as t
from after_hours.availability.report.model import WEEKDAYS, Report


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    def cell(v: object) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(cell(h) for h in header) + " |"]
    out.append("|" + "|".join("---" for _ in header) + "|")
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return out


def render_markdown(report: Report) -> str:
    r = report
    lines: list[str] = [f"# {t.TITLE}", ""]
    lines += [
        f"**Period:** {r.period.label} ({r.period.days} days, times in {r.period.zone})  ",
        f"**Generated:** {t.generated_text(r)}  ",
        f"**Clients:** {t.deidentified_line(r)}",
        "",
        "## Discussion prompts",
        "",
    ]
    lines += [f"- {p.text}" for p in r.prompts] or ["- Nothing stood out by the rules."]
    lines += ["", "## Summary", ""]
    lines += _table(("", "this period"), t.summary_lines(r))
    if r.indicator_totals and r.weeks:
        first, last = r.weeks[0].week_start, r.weeks[-1].week_start + timedelta(days=6)
        cut = any(w.cut for w in r.weeks)
        lines += [
            "",
            f"Weekly indicators over the {len(r.weeks)} weeks the period touches "
            f"({t.day_text(first)} to {t.day_text(last)})"
            + (
                ", counting only the period's days in the weeks cut at its edges (marked "
                "'only' below)"
                if cut
                else ""
            )
            + " (a sum, or the weekly mean where marked):",
        ]
        lines += [""]
        lines += _table(
            ("indicator", "value"),
            [
                (i.label + ("" if i.summable else " (weekly mean)"), t.number(i.value))
                for i in r.indicator_totals
            ],
        )

    lines += ["", "## Risk level over time", ""]
    if r.weeks:
        shown = t.key_indicators(r)
        names = [d.name for d in shown]
        header = ["week of", "level", *(d.label for d in shown), "reasons"]
        rows = []
        for w in r.weeks:
            vals = []
            for n in names:
                v = w.values.get(n)
                b = w.baselines.get(n)
                cell = "" if v is None else t.number(v)
                if b is not None and v is not None:
                    cell += f" (usual {t.number(b)})"
                vals.append(cell)
            reasons = "; ".join(w.reasons) or "-"
            rows.append([t.week_text(w), t.LEVEL_LABELS.get(w.level, w.level), *vals, reasons])
        lines += _table(header, rows)
    else:
        lines += ["No weekly indicators for this period."]

    lines += ["", "## After-hours contacts", ""]
    lines += ["By channel:", ""]
    lines += (
        _table(("channel", "contacts"), [(t.channel_label(k), n) for k, n in r.by_channel])
        if r.by_channel
        else ["None."]
    )
    lines += ["", "By kind:", ""]
    lines += (
        _table(("kind", "contacts"), [(t.kind_label(k), n) for k, n in r.by_kind])
        if r.by_kind
        else ["None."]
    )
    lines += ["", "By weekday and hour (local time; each cell counts after-hours contacts):", ""]
    header = ["", *(f"{h:02d}" for h in range(24)), "total"]
    heat: list[list[object]] = [
        [WEEKDAYS[d], *((n or "") for n in r.heat_map.cells[d]), r.by_weekday[d]] for d in range(7)
    ]
    lines += _table(header, heat)

    lines += ["", "## Crisis contacts", ""]
    if r.crises:
        lines += _table(
            t.CRISIS_COLUMNS,
            t.crisis_rows(r),
        )
    else:
        lines += ["None in this period."]

    lines += ["", "## Boundary events", ""]
    if r.boundary_events:
        lines += _table(
            ("when", "client", "what", "channel", "after hours"),
            [
                (
                    t.when_text(b.at),
                    b.client or "-",
                    b.what,
                    t.channel_label(b.channel),
                    "yes" if b.after_hours else "no",
                )
                for b in r.boundary_events
            ],
        )
    else:
        lines += ["None in this period."]

    a = r.agreements
    lines += ["", "## Agreements", ""]
    lines += [f"{a.agreements} communication agreement(s) on file."]
    if a.without_agreement:
        lines += [
            "",
            "After-hours contact but no agreement: " + ", ".join(a.without_agreement) + ".",
        ]
    if a.overdue:
        lines += ["", "Reviews overdue:", ""]
        lines += [f"- {o.client}: due {t.day_text(o.due)}" for o in a.overdue]
    if not a.without_agreement and not a.overdue:
        lines += [
            "",
            "Every client with after-hours contact has an agreement, and no review is overdue.",
        ]

    lines += ["", "## Self-check (Copenhagen Burnout Inventory)", ""]
    if r.self_checks:
        scales = sorted({s for p in r.self_checks for s in p.scores})
        lines += _table(
            ("date", *(s.capitalize() for s in scales)),
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
        lines += ["No self-check in this period."]

    lines += ["", f"## {t.NOTE_TITLE}", ""]
    for para in t.NOTE_PARAGRAPHS:
        lines += [para, ""]
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(report: Report, path: Path | str) -> Path:
    out = Path(path)
    out.write_text(render_markdown(report), encoding="utf-8")
    return out
