"""``log`` and ``contacts`` (list, import, export, edit, delete, recompute)."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.contacts.csvio import contacts_to_csv
from after_hours.availability.contacts.log import (
    ContactLog,
    ContactNotFoundError,
    DuplicateContactError,
)
from after_hours.availability.contacts.model import (
    Contact,
    ContactInputError,
    NewContact,
    normalise_client,
    parse_channel,
    parse_direction,
    parse_kind,
    parse_minutes,
)
from after_hours.availability.i18n import _, ngettext
from after_hours.availability.intake import log_message
from after_hours.availability.timeutil import parse_date

CHANNEL_HELP = "text, email, phone, voicemail, social_media, messaging_app, video, in_person, other"
KIND_HELP = "message, call, friend_request, client_search, gift, other_boundary"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lg = sub.add_parser("log", help=_("log a contact; prints its id"))
    lg.add_argument("--channel", required=True, metavar="CH", help=CHANNEL_HELP)
    lg.add_argument("--at", metavar="T", help=_("when (ISO 8601; default now)"))
    lg.add_argument("--client", metavar="REF", help=_("the client's pseudonym"))
    lg.add_argument("--minutes", metavar="N", help=_("minutes spent (default: the channel's)"))
    lg.add_argument("--kind", metavar="K", default="message", help=KIND_HELP)
    lg.add_argument("--direction", metavar="in|out", default="in", help=_("in: from the client"))
    lg.add_argument(
        "--note", metavar="TEXT", default="", help=_("a short note (no clinical content)")
    )
    lg.add_argument(
        "--text",
        metavar="TEXT",
        help=_(
            "the message (or - to read it from stdin): checked for crisis language, then "
            "discarded; only the matched phrases are kept"
        ),
    )
    lg.set_defaults(handler=cmd_log)

    c = sub.add_parser("contacts", help=_("list contacts, or import, export, edit, delete them"))
    _add_range(c)
    c.add_argument("--client", metavar="C", help=_("only this client"))
    c.add_argument("--after-hours", action="store_true", help=_("only contacts after hours"))
    c.add_argument("--json", action="store_true", help=_("one JSON list on stdout"))
    c.set_defaults(handler=cmd_contacts)
    csub = c.add_subparsers(dest="contacts_command", metavar="ACTION")
    imp = csub.add_parser(
        "import",
        help=_("import contacts from a CSV file or an SMS Backup & Restore .xml (all or nothing)"),
    )
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=cmd_contacts_import)
    exp = csub.add_parser("export", help=_("write contacts to a CSV file"))
    exp.add_argument("file", type=Path)
    _add_range(exp, nested=True)
    exp.set_defaults(handler=cmd_contacts_export)
    ed = csub.add_parser("edit", help=_("change a logged contact"))
    ed.add_argument("id", type=int)
    ed.add_argument("--at", metavar="T")
    ed.add_argument("--channel", metavar="CH")
    ed.add_argument("--client", metavar="REF", help=_("an empty value removes the client"))
    ed.add_argument("--minutes", metavar="N", help=_("an empty value means the channel's default"))
    ed.add_argument("--kind", metavar="K")
    ed.add_argument("--direction", metavar="in|out")
    ed.add_argument("--note", metavar="TEXT")
    ed.set_defaults(handler=cmd_contacts_edit)
    de = csub.add_parser("delete", help=_("delete a logged contact"))
    de.add_argument("id", type=int)
    de.set_defaults(handler=cmd_contacts_delete)
    rc = csub.add_parser(
        "recompute",
        help=_("re-judge contacts against the schedule history as it is now (after editing hours)"),
    )
    _add_range(rc, nested=True)
    rc.set_defaults(handler=cmd_contacts_recompute)


def _add_range(p: argparse.ArgumentParser, *, nested: bool = False) -> None:
    # On an action (export, recompute) the dates may come before or after the action's name;
    # SUPPRESS keeps the action's parser from overwriting dates given before it with None.
    default = argparse.SUPPRESS if nested else None
    p.add_argument(
        "--from", dest="start", metavar="D", default=default, help=_("first day (in your zone)")
    )
    p.add_argument("--to", dest="end", metavar="D", default=default, help=_("last day, included"))


def _range(ctx: Context) -> tuple[datetime | None, datetime | None]:
    def day_start(text: str, plus: int) -> datetime:
        if "T" in text:
            return ctx.instant(text)
        day = parse_date(text) + timedelta(days=plus)
        return datetime.combine(day, time(0), tzinfo=ctx.display_zone)

    start = day_start(ctx.args.start, 0) if ctx.args.start else None
    end = day_start(ctx.args.end, 1) if ctx.args.end else None
    if start and end and end <= start:
        raise CliError(_("--to is before --from."))
    return start, end


def _input(fn: Any, text: str) -> Any:
    try:
        return fn(text)
    except ContactInputError as exc:
        raise CliError(f"{exc}.") from exc


def _minutes(text: str) -> int | None:
    value: int | None = _input(parse_minutes, text)
    return value


def cmd_log(ctx: Context) -> int:
    a = ctx.args
    new = NewContact(
        at=ctx.instant(a.at),
        channel=_input(parse_channel, a.channel),
        kind=_input(parse_kind, a.kind),
        direction=_input(parse_direction, a.direction),
        client=normalise_client(a.client),
        minutes=_minutes(a.minutes or ""),
        note=" ".join((a.note or "").split()),
        zone=ctx.settings.display_zone_name(),
    )
    text = ctx.stdin.read() if a.text == "-" else a.text
    result = log_message(ContactLog(ctx.profile.db, ctx.clock), new, text)
    ctx.out(str(result.contact.id))
    if result.crisis:
        phrases = "; ".join(f'"{p}"' for p in result.contact.phrases)
        ctx.stderr.write(
            _("Possible crisis language: {phrases}.").format(phrases=phrases)
            + " "
            + _(
                "Your steps: `after-hours scripts show crisis-script`; "
                "a reply: `after-hours scripts show crisis-reply`."
            )
            + "\n"
        )
    elif result.wants_expectation_reply:
        ctx.stderr.write(
            _("Logged after hours.")
            + " "
            + _("A reply that sets expectations: `after-hours scripts show expectation-reply`.")
            + "\n"
        )
    return 0


def _line(c: Contact, ctx: Context) -> str:
    when = c.at.astimezone(ctx.display_zone).strftime("%Y-%m-%d %a %H:%M")
    flags = []
    if c.crisis:
        flags.append("crisis")
    if c.boundary:
        flags.append("boundary")
    minutes = f"{c.minutes_effective} min" + ("" if c.minutes is not None else "*")
    return (
        f"{c.id:>6}  {when}  {c.classification.value:<11}  {c.direction.value:<3}  "
        f"{c.channel.value:<13}  {c.kind.value:<14}  {c.client or '-':<12}  {minutes:>8}"
        + (f"  [{', '.join(flags)}]" if flags else "")
        + (f"  {c.note}" if c.note else "")
    ).rstrip()


def cmd_contacts(ctx: Context) -> int:
    start, end = _range(ctx)
    log = ContactLog(ctx.profile.db, ctx.clock)
    found = log.query(
        start=start,
        end=end,
        client=ctx.args.client,
        after_hours=True if ctx.args.after_hours else None,
    )
    if ctx.args.json:
        ctx.print_json([c.to_json() for c in found])
        return 0
    if not found:
        ctx.out(_("No contacts logged in that period."))
        return 0
    for c in found:
        ctx.out(_line(c, ctx))
    ctx.out(
        ngettext(
            "{n} contact; * minutes are the channel's default.",
            "{n} contacts; * minutes are the channel's default.",
            len(found),
        ).format(n=len(found))
    )
    return 0


def cmd_contacts_import(ctx: Context) -> int:
    """A contacts CSV or an SMS Backup & Restore XML file, all or nothing (docs/channels.md)."""
    from after_hours.availability.history.importer import ImportFileError, import_file

    path: Path = ctx.args.file
    try:
        summary = import_file(
            path,
            ctx.profile.db,
            ctx.clock,
            ctx.display_zone,
            ctx.settings.display_zone_name(),
        )
    except ImportFileError as exc:
        raise CliError(str(exc)) from exc
    except DuplicateContactError as exc:  # pragma: no cover - a concurrent import
        raise CliError(f"{exc} " + _("Nothing was imported.")) from exc
    ctx.out(summary.sentence(path.name))
    return 0


def cmd_contacts_export(ctx: Context) -> int:
    start, end = _range(ctx)
    found = ContactLog(ctx.profile.db, ctx.clock).query(start=start, end=end)
    try:
        ctx.args.file.write_text(contacts_to_csv(found, ctx.display_zone), encoding="utf-8")
    except OSError as exc:
        raise CliError(
            _("Cannot write {file}: {why}.").format(file=ctx.args.file, why=exc.strerror or exc)
        ) from exc
    ctx.out(
        ngettext(
            "Wrote {n} contact to {file}.", "Wrote {n} contacts to {file}.", len(found)
        ).format(n=len(found), file=ctx.args.file)
    )
    return 0


def cmd_contacts_edit(ctx: Context) -> int:
    a = ctx.args
    changes: dict[str, Any] = {}
    if a.at is not None:
        changes["at"] = ctx.instant(a.at)
    if a.channel is not None:
        changes["channel"] = _input(parse_channel, a.channel)
    if a.kind is not None:
        changes["kind"] = _input(parse_kind, a.kind)
    if a.direction is not None:
        changes["direction"] = _input(parse_direction, a.direction)
    if a.client is not None:
        changes["client"] = normalise_client(a.client)
    if a.minutes is not None:
        changes["minutes"] = _minutes(a.minutes)
    if a.note is not None:
        changes["note"] = " ".join(a.note.split())
    if not changes:
        raise CliError(_("Nothing to change: give at least one of --at, --channel, --client, ..."))
    try:
        contact = ContactLog(ctx.profile.db, ctx.clock).edit(a.id, **changes)
    except ContactNotFoundError as exc:
        raise CliError(str(exc)) from exc
    ctx.out(_line(contact, ctx))
    return 0


def cmd_contacts_delete(ctx: Context) -> int:
    try:
        ContactLog(ctx.profile.db, ctx.clock).delete(ctx.args.id)
    except ContactNotFoundError as exc:
        raise CliError(str(exc)) from exc
    ctx.out(_("Deleted contact {id}.").format(id=ctx.args.id))
    return 0


def cmd_contacts_recompute(ctx: Context) -> int:
    start, end = _range(ctx)
    changed = ContactLog(ctx.profile.db, ctx.clock).recompute(start, end)
    ctx.out(
        _("Re-judged contacts against the current schedule history: {n} changed.").format(n=changed)
    )
    return 0
