"""``watch``: keeps watch over the channels from the command line — runs what is due (``--once``) or keeps
running until stopped, prints each channel's health (``status``), sets schedules (``config``) and writes a
systemd user service (``install-service``)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from ..delivery.rotation import rotation_due
from ..delivery.runner import Deliverer
from ..storage.locking import HeldLock
from ..storage.paths import CONFIG_DIR_ENV, DATA_DIR_ENV, AppPaths
from ..storage.private_file import write_private_file
from ..storage.repository import ChannelRepository
from ..transport.notification import utc_now
from ..watch.engine import Watcher, WatchRun, stale, why_text
from ..watch.schedule import every_text
from ..watch.settings import WatchSettingsStore, schedule_values, set_schedule
from ..watch.state import Health, WatchStateStore, parse_time
from . import output
from .values import UsageError

OK, FAILED = 0, 1
#: How long ``watch`` sleeps at most between looks at the schedule (a changed schedule is seen by then).
TICK = 30.0


def run_watch(repo: ChannelRepository, deliverer: Deliverer, paths: AppPaths, args: argparse.Namespace) -> int:
    settings, state = WatchSettingsStore(paths.watch_settings_file), WatchStateStore(paths.watch_state_file)
    if args.action == "status":
        return _status(repo, settings, state, args.json)
    if args.action == "config":
        return _config(repo, settings, args)
    if args.action == "install-service":
        return _install_service(paths)
    lock = HeldLock(paths.watch_lock)
    if not lock.acquire():
        raise UsageError("the watch already runs (in the app or another watch): 'watch status' shows what it sees")
    try:
        watcher = Watcher(repo, deliverer, settings, state)
        if args.once:
            run = asyncio.run(watcher.run(force=args.force))
            _report(run)
            return FAILED if run.failing else OK
        return asyncio.run(_keep_watching(watcher))
    finally:
        lock.release()


def _report(run: WatchRun) -> None:
    if run.offline:
        print("offline: no network, nothing was checked")
    for channel, kind, result in run.checked:
        verdict = "OK    " if result.delivered else "NOT SENT" if not result.started else "FAILED"
        print(f"{verdict}  {kind:6}  {channel.name}  {result.message}")
    for alert in run.alerts:
        print(f"alert: {alert.text()}")
    for problem in run.alert_failures:
        output.warn(problem)


async def _keep_watching(watcher: Watcher) -> int:
    """Runs what is due until SIGTERM or SIGINT; the state is saved after every run."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C still ends the loop
            loop.add_signal_handler(signum, stop.set)
    print("watching; stop with Ctrl+C", file=sys.stderr)
    while not stop.is_set():
        _report(await watcher.run())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=_until_next(watcher))
    print("stopped; the state is saved", file=sys.stderr)
    return OK


def _until_next(watcher: Watcher) -> float:
    """Seconds until the next check or canary is due (at most :data:`TICK`)."""
    now = watcher.clock()
    times = [
        parse_time(value)
        for watch in watcher.state.load().channels.values()
        for value in (watch.next_check, watch.next_canary)
    ]
    upcoming = [moment for moment in times if moment is not None]
    if not upcoming:
        return TICK
    return max(1.0, min(TICK, (min(upcoming) - now).total_seconds()))


def _status(repo: ChannelRepository, settings: WatchSettingsStore, state: WatchStateStore, as_json: bool) -> int:
    now, known, config = utc_now(), state.load(), settings.load()
    rows = []
    for channel in repo.list():
        watch = known.of(channel.id)
        schedule = config.for_channel(channel.id)
        health = watch.health if not stale(watch, schedule, now) or watch.health is Health.UNKNOWN else Health.UNKNOWN
        rows.append(
            {
                "name": channel.name,
                "id": channel.id,
                "enabled": channel.enabled,
                "health": health.value if channel.enabled else "off",
                "stale": stale(watch, schedule, now),
                "since": watch.since,
                "failuresInARow": watch.streak,
                "why": why_text(watch),
                "lastCheck": watch.last_check,
                "nextCheck": watch.next_check,
                "every": every_text(schedule.every),
                "canary": schedule.canary.text() if schedule.canary else None,
                "nextCanary": watch.next_canary,
                "alertChannel": channel.id == config.alert_channel,
                "secretsSetAt": set_at.isoformat() if (set_at := repo.secrets_set_at(channel.id)) else None,
                "rotateDue": rotation_due(set_at, now, timedelta(days=config.rotate_after_days)),
            }
        )
    if as_json:
        output.print_json({"offlineSince": known.offline_since, "lastRun": known.last_run, "channels": rows})
        return OK
    if known.offline_since:
        print(f"offline since {known.offline_since}: checks wait for the network")
    for row in rows:
        since = f" since {row['since']}" if row["since"] and row["health"] in ("ok", "failing") else ""
        why = f" — {row['why']}" if row["health"] == "failing" else ""
        extra = f"; canary {row['canary']}" if row["canary"] else ""
        mark = " [alert channel]" if row["alertChannel"] else ""
        if row["rotateDue"]:
            mark += f" [secrets older than {config.rotate_after_days} days: rotate them]"
        print(f"{str(row['health']).upper():8} {row['name']}{mark}{since}{why}  (every {row['every']}{extra})")
    return OK


def _config(repo: ChannelRepository, store: WatchSettingsStore, args: argparse.Namespace) -> int:
    settings = store.load()
    channel_id = repo.find(args.channel).id if args.channel else None
    values, problems = schedule_values(args.every or "", args.canary or "", args.failures)  # the app's rules
    if problems:
        key, problem = next(iter(problems.items()))
        raise UsageError(f"--{key}: {problem}")
    every, failures = values.get("every"), values.get("failures")
    settings = set_schedule(settings, channel_id, every=every, canary=values.get("canary", ""), failures=failures)
    if args.rotate_after is not None:
        if args.rotate_after < 1:
            raise UsageError("--rotate-after must be 1 day or more")
        settings = replace(settings, rotate_after_days=args.rotate_after)
    if args.alert_channel:
        named = args.alert_channel.strip()
        settings = replace(settings, alert_channel=None if named.lower() == "none" else repo.find(named).id)
    store.save(settings)
    schedule = settings.for_channel(channel_id) if channel_id else settings.default
    who = args.channel or "every channel (default)"
    canary_text = schedule.canary.text() if schedule.canary else "off"
    print(f"{who}: a check every {every_text(schedule.every)}, canary {canary_text}, failing after {schedule.failures}")
    if settings.alert_channel:
        print(f"alerts go through: {next((c.name for c in repo.list() if c.id == settings.alert_channel), '?')}")
    return OK


SERVICE = """[Unit]
Description=PingTower Desktop: keep watch over the notification channels

[Service]
Type=oneshot
Environment={config_dir}
Environment={data_dir}
ExecStart={command} watch --once
"""
TIMER = """[Unit]
Description=PingTower Desktop: run the watch's due checks every minute

[Timer]
OnBootSec=2min
OnUnitActiveSec=1min
Persistent=true

[Install]
WantedBy=timers.target
"""


def _install_service(paths: AppPaths) -> int:
    """Writes a systemd user service and timer that run ``watch --once`` every minute, without the app."""
    if not sys.platform.startswith("linux"):
        raise UsageError("install-service writes a systemd user service: Linux only")
    installed = shutil.which("pingtower-desktop-cli")
    program = [installed] if installed else [sys.executable, "-m", "pingtower_desktop.cli"]
    command = " ".join(_unit_quoted(word, command=True) for word in program)
    service = SERVICE.format(
        command=command,  # the folders this command was run with, not whatever the service's start would find
        config_dir=_unit_quoted(f"{CONFIG_DIR_ENV}={paths.config_dir}"),
        data_dir=_unit_quoted(f"{DATA_DIR_ENV}={paths.data_dir}"),
    )
    folder = _systemd_user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_private_file(folder / "pingtower-desktop-watch.service", service, newline="\n")
    write_private_file(folder / "pingtower-desktop-watch.timer", TIMER, newline="\n")
    print(f"wrote {folder / 'pingtower-desktop-watch.service'} and .timer; turn it on with:")
    print("  systemctl --user daemon-reload && systemctl --user enable --now pingtower-desktop-watch.timer")
    return OK


#: What systemd reads specially inside a quoted word: the escape character, the quote, a specifier's ``%``.
_UNIT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "%": "%%"})


def _unit_quoted(value: str, *, command: bool = False) -> str:
    """One word of a systemd unit line, quoted (a path may hold spaces; ``%`` starts a specifier, and in a
    command ``$`` a variable)."""
    if "\n" in value:
        raise UsageError("a path with a line break cannot go into a systemd unit")
    escaped = value.translate(_UNIT_ESCAPES)
    return f'"{escaped.replace("$", "$$") if command else escaped}"'


def _systemd_user_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"
