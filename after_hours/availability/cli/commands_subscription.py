"""``schedule subscribe|subscription|refresh|unsubscribe``: hours kept in sync with a calendar.

The parsers are declared in ``commands_schedule`` (the ``schedule`` command's module); this
module, and the HTTPS and keyring code behind it, load only when one of these actions runs.
"""

from __future__ import annotations

from after_hours.availability.calendars.feed_service import (
    CalendarFeed,
    RefreshOutcome,
    SubscriptionError,
)
from after_hours.availability.calendars.subscription import when_words
from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.timeutil import local_iso


def feed(ctx: Context) -> CalendarFeed:
    return CalendarFeed(
        ctx.settings,
        ScheduleStore(ctx.profile.db, ctx.clock),
        ctx.clock,
        default_zone=ctx.settings.display_zone_name(),
    )


def cmd_subscribe(ctx: Context) -> int:
    address: str = ctx.args.url
    if address == "-":
        address = ctx.stdin.readline().strip()
    cafile = str(ctx.args.cafile.resolve()) if ctx.args.cafile else ""
    try:
        outcome = feed(ctx).subscribe(address, every_hours=ctx.args.every, cafile=cafile)
    except SubscriptionError as exc:
        raise CliError(f"{exc} Nothing was changed.") from None
    ctx.out(
        f"Subscribed to {outcome.state.masked}; refreshed every {outcome.state.every_hours:g} h."
    )
    _say(ctx, outcome)
    return 0


def cmd_refresh(ctx: Context) -> int:
    try:
        outcome = feed(ctx).refresh()
    except SubscriptionError as exc:
        raise CliError(str(exc), 1) from None
    if outcome.error:
        ctx.out(outcome.state.problem(ctx.display_zone) or outcome.error)
        ctx.out("The last good hours are kept.")
        return 1
    if not outcome.changed:
        ctx.out("The calendar has not changed; the hours stay as they are.")
        return 0
    ctx.out("The calendar changed: its hours apply from now.")
    _say(ctx, outcome)
    return 0


def cmd_subscription(ctx: Context) -> int:
    state = feed(ctx).state()
    if ctx.args.json:
        if state is None:
            ctx.print_json({"subscribed": False})
            return 0
        due = state.next_due()
        ctx.print_json(
            {
                "subscribed": True,
                "address": state.masked,
                "every_hours": state.every_hours,
                "cafile": state.cafile,
                "last_ok": local_iso(state.last_ok, ctx.display_zone) if state.last_ok else None,
                "last_error": state.last_error or None,
                "failures": state.failures,
                "next_refresh": local_iso(due, ctx.display_zone) if due else None,
                "problem": state.problem(ctx.display_zone),
                "understood": list(state.summary),
            }
        )
        return 0
    if state is None:
        ctx.out("No calendar subscription: `after-hours schedule subscribe URL` starts one.")
        return 0
    ctx.out(f"Calendar: {state.masked} (refreshed every {state.every_hours:g} h)")
    if state.last_ok:
        ctx.out(f"Last read: {when_words(state.last_ok, ctx.display_zone)}")
    problem = state.problem(ctx.display_zone)
    if problem:
        ctx.out(problem[0].upper() + problem[1:] + ".")
    due = state.next_due()
    if due:
        ctx.out(f"Next refresh: {local_iso(due, ctx.display_zone)}")
    for line in state.summary:
        ctx.out(f"  {line}")
    return 0


def cmd_unsubscribe(ctx: Context) -> int:
    if not feed(ctx).unsubscribe():
        ctx.out("There was no calendar subscription.")
        return 0
    ctx.out("Unsubscribed: the address is gone from the keyring; the hours stay as they are.")
    return 0


def _say(ctx: Context, outcome: RefreshOutcome) -> None:
    if outcome.summary is not None:
        for line in outcome.summary.lines():
            ctx.out(line)
