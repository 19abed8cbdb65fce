"""Everything the crisis panel (or any view) shows for one message, computed in one place.

A message with crisis language gets the clinician's steps and the crisis reply; any other
message gets the expectation-setting reply. Both come with the region's lines, the user's own
first. The panel, the tray notification and the CLI all call :func:`prepare_response`, so they
never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from after_hours.availability.clock import Clock
from after_hours.availability.crisis.resources import RegionView
from after_hours.availability.crisis.scripts import Rendered, ReplyContext, render
from after_hours.availability.triage.model import TriageResult

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Response:
    """The verdict on a message and what to do about it."""

    triage: TriageResult
    region: RegionView
    reply: Rendered
    script: Rendered | None  # the clinician's steps, only for a crisis
    context: ReplyContext


def prepare_response(
    db: Database, clock: Clock, text: str, region: str | None = None, client: str | None = None
) -> Response:
    """Triage ``text`` and render the matching reply (and the steps, for a crisis).

    The reply is in the client's language when their agreement names one; the clinician's
    steps stay in the clinician's reply language.
    """
    # The engine (and the phrase lists' code) loads with the first message, not with every
    # page that can show a crisis panel (docs/benchmarks.md, fifth round).
    from after_hours.availability.triage.engine import triage

    result = triage(text)
    ctx = ReplyContext.build(db, clock, region, client=client)
    if result.crisis:
        steps_ctx = ReplyContext.build(db, clock, region) if client else ctx
        return Response(
            result,
            ctx.region,
            render("crisis-reply", ctx),
            render("crisis-script", steps_ctx),
            ctx,
        )
    return Response(result, ctx.region, render("expectation-reply", ctx), None, ctx)
