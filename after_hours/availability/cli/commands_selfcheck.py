"""``selfcheck``: the Copenhagen Burnout Inventory at a terminal, from a JSON file, or its history.

At a terminal the questions come one by one with numbered options; Enter skips, ``q`` stops
without saving. Piped input gives one answer a line (a number 1-5, an option's words, or an
empty line to skip) and is strict: a line that is not an answer stops with an error naming the
item, and nothing is saved. Answers are the clinician's own: nothing here goes near the crisis
detector.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path
from typing import Any

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import _
from after_hours.availability.reminders.texts import day
from after_hours.availability.selfcheck import (
    CONVENTION_NOTE,
    AnswerError,
    Item,
    Questionnaire,
    SelfCheck,
    SelfCheckStore,
    band_label,
    cbi,
    closing_sentence,
)
from after_hours.availability.timeutil import parse_date

SKIP_WORDS = frozenset({"", "-", "s", "skip"})
QUIT_WORDS = frozenset({"q", "quit"})
# At a terminal a wrong key asks again; this bounds the loop if stdin is a stuck stream.
MAX_TRIES = 20
WRAP = 88


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "selfcheck",
        help=_(
            "the burnout self-check (Copenhagen Burnout Inventory): answer it, or show past results"
        ),
        description=" ".join(
            (
                _(
                    "Answer the Copenhagen Burnout Inventory (19 questions, about 3 minutes) at "
                    "the terminal, from a JSON file, or show your past results."
                ),
                _("It is a self-monitoring aid, not a diagnosis."),
            )
        ),
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--answers",
        metavar="FILE.json",
        type=Path,
        help=_(
            'answers as JSON: {"personal_1": 2, ..., "client_6": null}; values are option '
            "numbers 1-5 (1 = Always / To a very high degree), option words, or null to skip"
        ),
    )
    mode.add_argument("--history", action="store_true", help=_("list past self-checks"))
    p.add_argument("--at", metavar="T", help=_("when it was completed (default: now)"))
    p.add_argument("--from", dest="start", metavar="D", help=_("history from this date"))
    p.add_argument("--to", dest="end", metavar="D", help=_("history up to and including this date"))
    p.add_argument("--json", action="store_true", help=_("one JSON document on stdout"))
    p.set_defaults(handler=cmd_selfcheck)


def cmd_selfcheck(ctx: Context) -> int:
    if ctx.args.history:
        return _history(ctx)
    if ctx.args.start or ctx.args.end:
        raise CliError(_("--from and --to go with --history."))
    q = cbi()
    if ctx.args.answers is not None:
        answers = _answers_from_file(ctx.args.answers, q)
    else:
        interactive = _is_tty(ctx)
        collected = _ask(ctx, q, interactive)
        if collected is None:
            ctx.out(_("Stopped; nothing was saved."))
            return 1
        answers = collected
    store = SelfCheckStore(ctx.profile.db, ctx.clock, q)
    try:
        check = store.record(answers, at=ctx.instant(ctx.args.at))
    except AnswerError as exc:
        raise CliError(_("{problem} Nothing was saved.").format(problem=exc)) from exc
    if ctx.args.json:
        ctx.print_json(check.to_json())
    else:
        _summary(ctx, check)
    return 0


def _is_tty(ctx: Context) -> bool:
    isatty = getattr(ctx.stdin, "isatty", None)
    return bool(isatty and isatty())


def parse_answer(token: str, item: Item) -> int | None:
    """An option number from a typed answer: ``1``-``5`` or the option's words; else ``None``."""
    text = token.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(item.options):
        return int(text)
    for number, label in enumerate(item.options, start=1):
        if text == label.lower():
            return number
    return None


def _ask(ctx: Context, q: Questionnaire, interactive: bool) -> dict[str, int | None] | None:
    """Go through the items in order; ``None`` means the person stopped (nothing is saved)."""
    total = len(q.items)
    if interactive:
        ctx.out(
            _(
                "{name} ({short_name}): {total} questions, about 3 minutes. "
                "Think of the last few weeks."
            ).format(name=q.name, short_name=q.short_name, total=total)
        )
        ctx.out(
            _("Type the number of your answer. Enter skips a question; q stops without saving.")
        )
    answers: dict[str, int | None] = {}
    index = 0
    for scale in q.scales:
        if interactive:
            ctx.out(f"\n{scale.name}: {scale.about}")
        for item in scale.items:
            index += 1
            if interactive:
                ctx.out(f"\n{index}/{total}. {item.text}")
                for number, label in enumerate(item.options, start=1):
                    ctx.out(f"   {number}  {label}")
            for _attempt in range(MAX_TRIES):
                if interactive:
                    ctx.stdout.write(
                        _("Answer 1-{last} (Enter to skip): ").format(last=len(item.options))
                    )
                    ctx.stdout.flush()
                line = ctx.stdin.readline()
                if line == "":
                    if interactive:
                        ctx.out("")
                        return None
                    raise CliError(
                        _(
                            "Expected {total} answers, one per line; the input ended before "
                            "question {index} ({item}). Nothing was saved."
                        ).format(total=total, index=index, item=item.id)
                    )
                token = line.strip()
                if token.lower() in SKIP_WORDS:
                    answers[item.id] = None
                    break
                if interactive and token.lower() in QUIT_WORDS:
                    return None
                option = parse_answer(token, item)
                if option is not None:
                    answers[item.id] = option
                    break
                if not interactive:
                    raise CliError(
                        _(
                            "Line {index} ({item}, {text}): {token} is not an answer; "
                            "use 1 to {last}, or an empty line to skip. Nothing was saved."
                        ).format(
                            index=index,
                            item=item.id,
                            text=repr(item.text),
                            token=repr(token),
                            last=len(item.options),
                        )
                    )
                ctx.out(
                    _("Please type a number from 1 to {last}, or press Enter to skip.").format(
                        last=len(item.options)
                    )
                )
            else:
                return None
    return answers


def _answers_from_file(path: Path, q: Questionnaire) -> dict[str, int | None]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CliError(
            _("Cannot read {file}: {why}.").format(file=path, why=exc.strerror or exc)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError(
            _("{file} is not valid JSON: {why}. Nothing was saved.").format(file=path, why=exc)
        ) from exc
    if not isinstance(data, dict):
        raise CliError(
            _("{file} must hold one JSON object of item ids to answers, like {example}.").format(
                file=path, example='{"personal_1": 2}'
            )
        )
    known = set(q.item_ids)
    answers: dict[str, int | None] = {}
    for key, value in data.items():
        if key not in known:
            raise CliError(
                _(
                    "{file}: {key} is not a self-check item (items are personal_1-6, work_1-7 "
                    "and client_1-6). Nothing was saved."
                ).format(file=path, key=repr(key))
            )
        item = q.item(key)
        if isinstance(value, str):
            option = parse_answer(value, item)
            if option is None:
                raise CliError(
                    _(
                        "{file}: {key}: {value} is not one of its options ({options}). "
                        "Nothing was saved."
                    ).format(file=path, key=key, value=repr(value), options=", ".join(item.options))
                )
            answers[key] = option
        elif value is None or (isinstance(value, int) and not isinstance(value, bool)):
            answers[key] = value
        else:
            raise CliError(
                _(
                    "{file}: {key}: {value} is not an answer; use an option number 1-5, the "
                    "option's words, or null to skip. Nothing was saved."
                ).format(file=path, key=key, value=repr(value))
            )
    return answers


def _summary(ctx: Context, check: SelfCheck) -> None:
    local = check.at.astimezone(ctx.display_zone)
    when = _("{day} {year} {time}").format(
        day=day(local.date()), year=local.year, time=local.strftime("%H:%M")
    )
    ctx.out("\n" + _("Self-check saved ({when}).").format(when=when) + "\n")
    width = max(len(s.name) for s in check.scores.scales)
    for s in check.scores.scales:
        value = f"{s.score:5.1f}" if s.score is not None else "    -"
        ctx.out(f"  {s.name:<{width}}  {value}  {band_label(s.band)}")
    ctx.out("")
    ctx.out(textwrap.fill(closing_sentence(check.scores), WRAP))
    ctx.out(textwrap.fill(CONVENTION_NOTE, WRAP))


def _history(ctx: Context) -> int:
    if ctx.args.answers is not None or ctx.args.at:
        raise CliError(_("--history lists past self-checks; it takes no answers or --at."))
    from datetime import datetime, time, timedelta

    tz = ctx.display_zone
    start = end = None
    if ctx.args.start:
        start = datetime.combine(parse_date(ctx.args.start), time(0), tzinfo=tz)
    if ctx.args.end:
        end = datetime.combine(parse_date(ctx.args.end) + timedelta(days=1), time(0), tzinfo=tz)
    checks = SelfCheckStore(ctx.profile.db, ctx.clock).history(start, end)
    if ctx.args.json:
        ctx.print_json([c.to_json() for c in checks])
        return 0
    if not checks:
        ctx.out(_("No self-checks yet: run `after-hours selfcheck` to do one (about 3 minutes)."))
        return 0
    names = [s.name.replace(" burnout", "") for s in checks[0].scores.scales]
    header = _("date")
    ctx.out(f"{header:<17} " + " ".join(f"{n:>14}" for n in names))
    for c in checks:
        cells = []
        for s in c.scores.scales:
            text = f"{s.score:.1f} {s.band.value}" if s.score is not None and s.band else "-"
            cells.append(f"{text:>14}")
        ctx.out(f"{c.at.astimezone(tz).strftime('%Y-%m-%d %H:%M'):<17} " + " ".join(cells))
    ctx.out("")
    ctx.out(textwrap.fill(CONVENTION_NOTE, WRAP))
    return 0
