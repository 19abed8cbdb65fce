"""The one-page client handout: your hours, how to reach you, what happens off hours, crisis lines.

Everything comes from what the app already knows, through the same domain objects the crisis
replies use (``ReplyContext``: the hours in plain words, the name, the region's lines with the
user's own first, the on-call procedure), plus the client's agreement when one is chosen. The
HTML goes through ``QTextDocument`` onto a ``QPdfWriter`` page (A4 or Letter by region), so it
prints as text a screen reader and ``pdftotext`` can read.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from string import Template
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.crisis.phrasing import Phrases, load_toml
from after_hours.availability.crisis.resources import EMERGENCY
from after_hours.availability.crisis.scripts import ReplyContext
from after_hours.availability.report.model import paper_for
from after_hours.ui.base.services import Services


def handout_html(services: Services, client: str | None = None) -> str:
    """The handout as simple HTML (headings, paragraphs, a list): one printed page.

    The words come from ``resources/templates/<language>/handout.toml`` in the client's
    language (their agreement's), else the clinician's reply language, whatever the
    interface's language.
    """
    s = services
    ctx = ReplyContext.build(s.profile.db, s.clock, client=client)
    phrases = Phrases(ctx.language)
    words = handout_words(ctx.language)
    agreement = AgreementStore(s.profile.db, s.clock).get(client) if client else None

    def say(key: str, **values: str) -> str:
        return escape(Template(str(words[key])).substitute(values))

    name = ctx.name or str(words["default_name"])
    parts: list[str] = [f"<h1>{say('heading', name=name)}</h1>"]
    if client:
        parts.append(f"<p><i>{say('prepared_for', client=client.rstrip('.'))}</i></p>")

    parts.append(f"<h2>{say('hours_heading')}</h2>")
    if ctx.hours:
        parts.append(f"<p>{say('hours', hours=ctx.hours, zone=s.settings.display_zone_name())}</p>")
    else:
        parts.append(f"<p>{say('hours_unknown')}</p>")
    on_call = _on_call_text(services, phrases)
    if on_call:
        parts.append(f"<p>{say('on_call', on_call=on_call)}</p>")

    parts.append(f"<h2>{say('reach_heading')}</h2>")
    if agreement and agreement.channels:
        ways = ", ".join(str(words["channels"][c.value]) for c in agreement.channels)
        parts.append(f"<p>{say('reach_agreed', ways=ways)}</p>")
        if agreement.response_hours:
            parts.append(f"<p>{say('reply_within', hours=str(agreement.response_hours))}</p>")
    else:
        parts.append(f"<p>{say('reach_default')}</p>")

    parts.append(f"<h2>{say('off_heading')}</h2>")
    parts.append(f"<p>{say('off_text')}</p>")
    if ctx.on_call_procedure:
        parts.append(f"<p>{escape(ctx.on_call_procedure)}</p>")
    if agreement and agreement.crisis_plan:
        plan = agreement.crisis_plan.rstrip()
        plan += "" if plan.endswith((".", "!", "?")) else "."
        parts.append(f"<p><b>{say('plan')}</b> {escape(plan)}</p>")

    parts.append(f"<h2>{say('crisis_heading')}</h2>")
    emergency = [r for r in ctx.region.emergency if r.number]
    if emergency:
        numbers = str(words["emergency_or"]).join(r.number for r in emergency[:2])
        parts.append(f"<p><b>{say('emergency', numbers=numbers)}</b></p>")
    lines = [r for r in ctx.region.resources if r.kind != EMERGENCY]
    if lines:
        parts.append("<ul>")
        for r in lines:
            ways = phrases.ways(r)
            detail = phrases.term(r.hours) if r.hours else ""
            item = f"<b>{escape(r.name_in(ctx.language))}</b>"  # "Jeunesse, J'écoute"
            if ways:
                item += f": {escape(ways)}"
            if detail:
                item += f" ({escape(detail)})"
            if r.is_user and r.notes:
                item += f". {escape(r.notes)}"
            parts.append(f"<li>{item}</li>")
        parts.append("</ul>")
    elif not emergency:
        parts.append(f"<p>{say('emergency_unknown')}</p>")
    local = s.now().astimezone(s.display_zone())
    today = f"{local.day} {phrases.table['months'][local.month - 1]} {local.year}"
    parts.append(f"<p style='color:#555555'><small>{say('given_on', date=today)}</small></p>")
    return "\n".join(parts)


def handout_words(language: str) -> dict[str, Any]:
    """The handout's words in ``language`` (a file per language beside the reply templates)."""
    return load_toml(language, "handout.toml")


def write_handout_pdf(services: Services, path: Path, client: str | None = None) -> Path:
    """Print the handout to a one-page PDF at ``path``."""
    from after_hours.ui.printing.report_pdf import ensure_gui_app

    ensure_gui_app()
    region = str(services.settings.get("profile.region") or "").upper()
    # The same rule as the supervision report's paper (report/model.paper_for).
    letter = paper_for(region) == "Letter"
    size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    writer = QPdfWriter(str(path))
    language = ReplyContext.build(services.profile.db, services.clock, client=client).language
    writer.setTitle(str(handout_words(language)["title"]))
    writer.setCreator("After Hours")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = doc.defaultFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setHtml(handout_html(services, client))
    doc.print_(writer)
    return path


def _on_call_text(services: Services, phrases: Phrases) -> str:
    """The on-call windows in the same words as the hours ("Wednesday, 18:00 to 22:00")."""
    from after_hours.availability.schedule import WindowKind

    schedule = services.schedules.history().in_force(services.now())
    if schedule is None:
        return ""
    groups: dict[tuple[object, object], set[int]] = {}
    for w in schedule.windows:
        if w.kind is WindowKind.ON_CALL:
            groups.setdefault((w.start, w.end), set()).update(w.days)
    items = [
        phrases.say(
            "hours_item",
            days=phrases.days(frozenset(days)),
            start=phrases.clock(start),  # type: ignore[arg-type]
            end=phrases.clock(end),  # type: ignore[arg-type]
        )
        for (start, end), days in sorted(groups.items(), key=lambda kv: min(kv[1]))
    ]
    return str(phrases.table["hours_join"]).join(items)
