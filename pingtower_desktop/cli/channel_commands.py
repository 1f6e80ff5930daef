"""Commands that manage stored channels: list, show, add, edit, rename, enable, disable,
default, delete, import, log and export."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from ..channel_service import ChannelService
from ..channels import Channel, ChannelType, channel_type
from ..storage.oplog import Face, Origin
from ..storage.repository import ChannelNotFound, ChannelRepository, DefaultDisabled
from ..storage.secrets import KeyringUnavailable
from . import output
from .session import Commands, Session
from .terminal import one_value
from .values import UsageError, apply_setting, parse_settings, read_secret_values, read_secrets

OK, FAILED, USAGE = 0, 1, 2
#: Every change the command line makes.
CLI = Origin(Face.CLI)


def register(commands: Commands) -> None:
    p = commands.add("list", "list the channels", cmd_list)
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="a JSON array in the wire format, secrets masked")
    shown.add_argument("--names", action="store_true", help="the names alone, one a line (scripts, shell completion)")
    p = commands.add("show", "show one channel, secrets masked", cmd_show)
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    for name, help_text, run in (
        ("add", "add a channel", cmd_add),
        ("edit", "change a channel's configuration", cmd_edit),
    ):
        p = commands.add(name, help_text, run)
        if name == "add":
            p.add_argument("type", help="PYTHON_BOT, TELEGRAM, EMAIL, SLACK or WEBHOOK (any case)")
        p.add_argument("name")
        p.add_argument(
            "--set",
            action="append",
            metavar="KEY=VALUE",
            help="a configuration value (repeatable); headers.NAME=VALUE sets one webhook header",
        )
        p.add_argument(
            "--set-secret",
            action="append",
            metavar="KEY",
            help="read this secret from standard input, one line each (repeatable)",
        )
        if name == "add":
            p.add_argument("--disabled", action="store_true", help="add it disabled")
            p.add_argument("--default", action="store_true", help="make it the default channel")
    p = commands.add("rename", "rename a channel", cmd_rename)
    p.add_argument("name")
    p.add_argument("new_name", metavar="NEW")
    commands.add("enable", "enable a channel", cmd_enable).add_argument("name")
    p = commands.add("disable", "disable a channel", cmd_disable)
    p.add_argument("name")
    p.add_argument("--clear-default", action="store_true", help="if it is the default channel, leave no default")
    p = commands.add("default", "make a channel the default (a default channel is enabled)", cmd_default)
    p.add_argument("name")
    p.add_argument("--enable", action="store_true", help="enable it too, if it is disabled")
    commands.add("delete", "delete a channel and its secrets", cmd_delete).add_argument("name")
    p = commands.add("import", "import channels from a JSON file (the document's formats or an export)", cmd_import)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="show what would be added and changed; change nothing")
    p.add_argument("--only", action="append", metavar="NAME", help="import only this channel of the file (repeatable)")
    p = commands.add(
        "log", "the operations log: every change to the channels, from the app, the CLI, imports and syncs", cmd_log
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--channel", metavar="NAME", help="only this channel's (its name then, or now, or its id)")
    p.add_argument("--limit", type=int, metavar="N", help="the newest N")
    p = commands.add("export", "export channels as JSON (to FILE or standard output)", cmd_export)
    p.add_argument("file", nargs="?")
    p.add_argument("--include-secrets", action="store_true", help="put the secrets in the file too")


def _with_secrets_or_warn(repo: ChannelRepository, channel: Channel) -> Channel:
    try:
        return repo.with_secrets(channel)
    except KeyringUnavailable as error:
        output.warn(f"secrets not shown: {error}")
        return channel


def cmd_list(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    channels = repo.list()
    if args.names:
        for channel in channels:
            print(channel.name)
        return OK
    if args.json:
        if channels:
            try:
                channels = [repo.with_secrets(c) for c in channels]
            except KeyringUnavailable as error:
                output.warn(f"secrets not shown: {error}")
        output.print_json([c.to_wire("mask") for c in channels])
    else:
        print(output.channel_table(channels))
    return OK


def cmd_show(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    channel = _with_secrets_or_warn(repo, repo.find(args.name))
    if args.json:
        output.print_json(channel.to_wire("mask"))
    else:
        print(output.channel_details(channel))
    return OK


def _new_channel(kind: ChannelType, args: argparse.Namespace) -> Channel:
    configuration: dict[str, Any] = {}
    parse_settings(kind, configuration, args.set or [])
    read_secrets(kind, configuration, args.set_secret or [])
    wire: dict[str, Any] = {"name": args.name, "type": kind.name, "configuration": configuration}
    if getattr(args, "disabled", False):
        wire["enabled"] = False
    if getattr(args, "default", False):
        wire["isDefault"] = True
    return Channel.from_wire(wire)


def cmd_add(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    try:
        kind = channel_type(args.type)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    channel = ChannelService(repo).add(_new_channel(kind, args), origin=CLI).value
    print(f"Added {channel.type.label} channel '{channel.name}' (id {channel.id}).")
    _warn_about(channel)
    return OK


def _warn_about(channel: Channel) -> None:
    """What is accepted but worth knowing (a URL holding a credential, a login without TLS)."""
    for problem in channel.config.warnings():
        output.warn(f"{problem.field}: {problem.message}")


def cmd_edit(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    if not (args.set or args.set_secret):
        raise UsageError("nothing to change: give --set KEY=VALUE or --set-secret KEY")
    found = repo.find(args.name)
    kind = found.type
    parse_settings(kind, {}, args.set or [])  # a bad key or value is named before anything is read or written
    secrets = read_secret_values(kind, args.set_secret or [])

    def apply(configuration: dict) -> None:
        """On the channel as it is on disk, under the lock: what others changed meanwhile stays."""
        parse_settings(kind, configuration, args.set or [])
        for key, value in secrets:
            apply_setting(kind, configuration, key, value)

    channel = ChannelService(repo).edit(found.id, apply, origin=CLI).value
    print(f"Updated '{channel.name}'.")
    _warn_about(channel)
    return OK


def cmd_rename(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    old = repo.find(args.name)
    channel = ChannelService(repo).rename(old.id, args.new_name, origin=CLI).value
    print(f"Renamed '{old.name}' to '{channel.name}'.")
    return OK


def cmd_enable(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    channel = ChannelService(repo).set_enabled(repo.find(args.name).id, True, origin=CLI).value
    print(f"Enabled '{channel.name}'.")
    return OK


def cmd_disable(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    found = repo.find(args.name)
    try:
        channel = ChannelService(repo).set_enabled(found.id, False, origin=CLI, clear_default=args.clear_default).value
    except DefaultDisabled as error:
        raise UsageError(
            f"{error} — to disable it and leave no default channel: disable NAME --clear-default"
        ) from None
    print(f"Disabled '{channel.name}'." + (" There is no default channel now." if found.is_default else ""))
    return OK


def cmd_default(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    channel = repo.find(args.name)
    try:
        ChannelService(repo).make_default(channel.id, origin=CLI, enable=args.enable)
    except DefaultDisabled as error:
        raise UsageError(f"{error} — to enable it and make it the default: default NAME --enable") from None
    enabled = " (enabled)" if not channel.enabled else ""
    print(f"'{channel.name}' is now the default channel{enabled}.")
    return OK


def cmd_delete(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    channel = repo.find(args.name)
    ChannelService(repo).delete(channel.id, origin=CLI)
    if repo.leftovers:
        print(f"Deleted '{channel.name}'. Its secrets stay in the locked keyring until the next start removes them.")
    else:
        print(f"Deleted '{channel.name}' and its secrets.")
    return OK


def cmd_import(session: Session, args: argparse.Namespace) -> int:
    from ..importexport import OUTCOMES, ImportFormatError, parse_import, plan_import, read_import_file

    repo = session.repo
    try:
        plan = plan_import(repo, parse_import(read_import_file(args.file)))
    except ImportFormatError as error:
        raise UsageError(str(error)) from None
    chosen = None
    if args.only:
        wanted = {name.casefold() for name in args.only}
        chosen = {index for index, step in enumerate(plan.steps) if step.label.casefold() in wanted}
        unknown = wanted - {step.label.casefold() for step in plan.steps}
        if unknown:
            raise UsageError(f"not in the file: {', '.join(sorted(unknown))}")
    if args.dry_run:
        outcomes = [
            step.result("skipped", "left as it is")
            if step.saves and chosen is not None and i not in chosen
            else step.result()
            for i, step in enumerate(plan.steps)
        ]
    else:
        outcomes = ChannelService(repo).import_channels(plan, chosen, origin=CLI).value.outcomes
    changes = {step.label: step.changes for step in plan.steps}
    for outcome in outcomes:
        print(outcome)
        if outcome.outcome == "updated":
            for change in changes.get(outcome.label, ()):
                print(f"    {change.key}: {change.before or '(none)'} → {change.after or '(none)'}")
    counts = {kind: sum(o.outcome == kind for o in outcomes) for kind in OUTCOMES}
    print(", ".join(f"{n} {kind}" for kind, n in counts.items() if n or kind not in ("conflict", "skipped")))
    if args.dry_run:
        print("Dry run: nothing was changed.")
    return USAGE if counts["invalid"] or counts["conflict"] else OK


def cmd_log(session: Session, args: argparse.Namespace) -> int:
    repo = session.repo
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    operations = repo.oplog.read()
    if args.channel:
        wanted = args.channel.strip().casefold()
        ids = {op.channel_id for op in operations if op.channel.casefold() == wanted or op.channel_id == args.channel}
        with contextlib.suppress(ChannelNotFound):
            ids.add(repo.find(args.channel).id)
        if not ids:
            raise UsageError(f"no channel named {args.channel!r} now or in the log")
        operations = [op for op in operations if op.channel_id in ids]
    if args.limit:
        operations = operations[-args.limit :]
    if args.json:
        output.print_json([dataclasses.asdict(op) for op in operations])
        return OK
    if not operations:
        print("No changes recorded yet.")
    for op in operations:
        changed = f"  [{', '.join(op.fields)}]" if op.fields else ""
        print(f"{op.time}  {op.op:8} {op.source:4}  {one_value(op.channel)}{changed}")
    return OK


def cmd_export(session: Session, args: argparse.Namespace) -> int:
    from ..importexport import export_document, write_export

    repo = session.repo
    document = export_document(repo, include_secrets=args.include_secrets)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.file in (None, "-"):
        sys.stdout.write(text)
        return OK
    path = Path(args.file)
    write_export(path, document)
    kept = "with secrets — keep it safe" if args.include_secrets else "without secrets"
    print(f"Exported {len(document['channels'])} channel(s) to {path} ({kept}).", file=sys.stderr)
    return OK
