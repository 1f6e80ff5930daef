"""The watch, on a fake clock (nothing sleeps): schedules, backoff, one alert per change of health through a
loopback alert channel, catch-up after sleep, offline, the lock between the app and the CLI, and
``watch --once`` / ``status`` / ``config`` / ``install-service`` from the command line."""

from __future__ import annotations

import asyncio
import io
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.delivery.history import History
from pingtower_desktop.delivery.runner import Deliverer
from pingtower_desktop.storage import AppPaths, SecretStore
from pingtower_desktop.storage.locking import HeldLock
from pingtower_desktop.storage.repository import ChannelRepository
from pingtower_desktop.watch.engine import FIRST_RETRY, Watcher
from pingtower_desktop.watch.schedule import Canary, every_text, parse_every
from pingtower_desktop.watch.settings import WatchSettingsStore, set_schedule
from pingtower_desktop.watch.state import Health, WatchStateStore, parse_time
from tests.peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN, telegram_error

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # a Monday


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def watch_env(tmp_path, memory_keyring, telegram_peer, webhook_peer):
    paths = AppPaths(config_dir=tmp_path / "config", data_dir=tmp_path / "data")
    repo = ChannelRepository(paths, SecretStore())
    telegram = repo.add(
        Channel.from_wire(
            {
                "name": "Ops Telegram",
                "type": "TELEGRAM",
                "configuration": {"botToken": TELEGRAM_TOKEN, "chatId": TELEGRAM_CHAT, "apiBaseUrl": telegram_peer.url},
            }
        )
    )
    alerts = repo.add(
        Channel.from_wire({"name": "Alerts hook", "type": "WEBHOOK", "configuration": {"url": webhook_peer.url}})
    )
    settings = WatchSettingsStore(paths.watch_settings_file)
    settings.save(set_schedule(settings.load(), None, every=15 * 60))
    clock = Clock(MONDAY_10)
    online = [True]
    heard = []
    watcher = Watcher(
        repo,
        Deliverer(History(paths.history_file)),
        settings,
        WatchStateStore(paths.watch_state_file),
        clock=clock,
        zone=UTC,
        network=lambda: online[0],
        notify=heard.append,
    )
    return {
        "paths": paths,
        "repo": repo,
        "telegram": telegram,
        "alerts": alerts,
        "settings": settings,
        "clock": clock,
        "online": online,
        "heard": heard,
        "watcher": watcher,
        "peer": telegram_peer,
        "receiver": webhook_peer,
    }


def run(watcher, force=False):
    return asyncio.run(watcher.run(force=force))


def state_of(env, channel):
    return env["watcher"].state.load().of(channel.id)


def test_durations_and_canary_times():
    assert parse_every("15m") == parse_every("15") == 900 and parse_every("1h") == 3600 and parse_every("2d") == 172800
    assert every_text(900) == "15m" and every_text(86400) == "1d"
    for bad in ("30s", "soon", "-5m"):
        with pytest.raises(ValueError):
            parse_every(bad)
    friday = Canary.parse("fri 12:00")
    assert friday.text() == "fri 12:00" and Canary.parse("Friday 12:00") == friday
    assert friday.next_after(MONDAY_10, UTC) == datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    daily = Canary.parse("daily 09:30")
    assert daily.next_after(MONDAY_10, UTC) == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert Canary.parse("10:30").next_after(MONDAY_10, UTC) == datetime(2026, 11, 30, 10, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        Canary.parse("fri 25:00")


def test_a_channel_is_checked_on_its_schedule_and_nothing_is_sent(watch_env):
    env = watch_env
    peer = env["peer"]
    first = run(env["watcher"])
    assert {(c.name, kind) for c, kind, _ in first.checked} == {("Ops Telegram", "check"), ("Alerts hook", "check")}
    assert [r.path.rsplit("/", 1)[-1] for r in peer.received] == ["getMe", "getChat"] and peer.calls(
        "sendMessage"
    ) == []
    watch = state_of(env, env["telegram"])
    assert watch.health is Health.OK and watch.last_check == "2026-11-30T10:00:00Z"
    due = parse_time(watch.next_check) - MONDAY_10
    assert timedelta(minutes=15) <= due <= timedelta(minutes=16, seconds=30)  # the period, spread a little

    env["clock"].advance(minutes=10)
    assert run(env["watcher"]).checked == []  # not due yet
    env["clock"].advance(minutes=7)
    assert len(run(env["watcher"]).checked) == 2
    history = History(env["paths"].history_file).read()
    assert {entry.kind for entry in history} == {"check"}


def test_a_failing_channel_is_retried_with_backoff_and_alerted_once_each_way(watch_env):
    env = watch_env
    env["settings"].save(set_schedule(env["settings"].load(), None, failures=2))
    settings = env["settings"].load()
    env["settings"].save(replace(settings, alert_channel=env["alerts"].id))
    run(env["watcher"])
    revoked = telegram_error(401, "Unauthorized")
    env["peer"].script("getMe", *[revoked] * 4)

    env["clock"].advance(minutes=17)
    assert run(env["watcher"]).alerts == []  # one failure: not yet failing
    watch = state_of(env, env["telegram"])
    assert watch.health is Health.OK and watch.streak == 1
    waits = []
    for _ in range(3):
        waits.append(parse_time(watch.next_check) - env["clock"].now)
        env["clock"].now = parse_time(watch.next_check)
        result = run(env["watcher"])
        watch = state_of(env, env["telegram"])
        if watch.streak == 2:
            assert [a.health for a in result.alerts] == [Health.FAILING]
        else:
            assert result.alerts == []
    assert waits == [timedelta(seconds=FIRST_RETRY * n) for n in (1, 2, 4)]  # 1, 2, 4 minutes
    assert watch.health is Health.FAILING and watch.streak == 4 and watch.since == "2026-11-30T10:17:00Z"
    assert "token was rejected" in env["heard"][0].text()

    env["clock"].now = parse_time(watch.next_check)  # the token works again
    recovered = run(env["watcher"])
    assert [a.health for a in recovered.alerts] == [Health.OK]
    messages = [r.json()["message"] for r in env["receiver"].received]
    assert len(messages) == 2
    assert messages[0].startswith("PingTower Desktop: channel 'Ops Telegram' is failing since 2026-11-30T10:17:00Z")
    assert messages[1].startswith("PingTower Desktop: channel 'Ops Telegram' works again")
    assert [a.health for a in env["heard"]] == [Health.FAILING, Health.OK]


def test_the_alert_channel_is_never_alerted_through_itself(watch_env, closed_port_url):
    env = watch_env
    repo = env["repo"]
    repo.edit(env["alerts"].id, lambda config: config.update(url=closed_port_url))
    settings = env["settings"].load()
    env["settings"].save(replace(settings, alert_channel=env["alerts"].id))
    run(env["watcher"])
    env["clock"].advance(minutes=1)
    result = run(env["watcher"])
    assert [(a.channel.name, a.health) for a in result.alerts] == [("Alerts hook", Health.FAILING)]
    assert result.alert_failures == []  # not tried through itself; the desktop notification has it
    assert [a.channel.name for a in env["heard"]] == ["Alerts hook"]


def test_a_machine_that_slept_runs_a_missed_canary_once(watch_env):
    env = watch_env
    env["settings"].save(set_schedule(env["settings"].load(), env["telegram"].id, canary=Canary.parse("daily 12:00")))
    run(env["watcher"])
    assert state_of(env, env["telegram"]).next_canary == "2026-11-30T12:00:00Z"
    env["clock"].advance(days=3, hours=5)  # asleep through three canaries
    result = run(env["watcher"])
    assert [kind for c, kind, _ in result.checked if c.name == "Ops Telegram"] == ["check", "canary"]
    sent = env["peer"].calls("sendMessage")
    assert len(sent) == 1 and "canary" in sent[0].json()["text"] and "Nothing is wrong" in sent[0].json()["text"]
    assert state_of(env, env["telegram"]).next_canary == "2026-12-04T12:00:00Z"
    kinds = [entry.kind for entry in History(env["paths"].history_file).read()]
    assert kinds.count("canary") == 1


def test_without_a_network_nothing_runs_and_the_watch_says_offline(watch_env):
    env = watch_env
    env["online"][0] = False
    result = run(env["watcher"])
    assert result.offline and result.checked == [] and env["peer"].received == []
    assert env["watcher"].state.load().offline_since == "2026-11-30T10:00:00Z"
    assert state_of(env, env["telegram"]).streak == 0  # not fifty failures
    env["online"][0] = True
    env["clock"].advance(minutes=5)
    assert len(run(env["watcher"]).checked) == 2
    assert env["watcher"].state.load().offline_since is None


def test_one_runs_the_schedule_at_a_time(tmp_path):
    app, cli = HeldLock(tmp_path / "watch.lock"), HeldLock(tmp_path / "watch.lock")
    assert app.acquire() and not cli.acquire()
    app.release()
    assert cli.acquire()
    cli.release()


def test_watch_from_the_command_line(capsys, tmp_path, monkeypatch, telegram_peer, webhook_peer, memory_keyring):
    from pingtower_desktop.cli import main

    monkeypatch.setenv("PINGTOWER_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PINGTOWER_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    telegram = ["add", "telegram", "Ops", "--set", f"chatId={TELEGRAM_CHAT}", "--set-secret", "botToken"]
    setup = [
        [*telegram, "--set", f"apiBaseUrl={telegram_peer.url}"],
        ["add", "webhook", "Alerts", "--set", f"url={webhook_peer.url}"],
        ["watch", "config", "--every", "30m", "--failures", "2", "--alert-channel", "Alerts"],
        ["watch", "config", "Ops", "--canary", "fri 12:00"],
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO(TELEGRAM_TOKEN + "\n"))  # the token, as the CLI wants it
    for argv in setup:
        assert main(argv) == 0, capsys.readouterr()
    out = capsys.readouterr().out
    assert "every channel (default): a check every 30m, canary off, failing after 2" in out
    assert "Ops: a check every 30m, canary fri 12:00, failing after 2" in out

    revoked = telegram_error(401, "Unauthorized")
    telegram_peer.script("getMe", revoked, revoked, revoked)
    codes = [main(["watch", "--once", "--force"]) for _ in range(4)]  # fail, fail (alert), fail, recover (alert)
    assert codes == [0, 1, 1, 0]
    messages = [r.json()["message"] for r in webhook_peer.received]
    assert len(messages) == 2 and "is failing since" in messages[0] and "works again" in messages[1]
    checks = History(tmp_path / "data" / "checks.jsonl").read()
    assert len(checks) == 8 and {entry.kind for entry in checks} == {"check"}  # apart from the sends
    assert {entry.kind for entry in History(tmp_path / "data" / "history.jsonl").read()} == {"test"}  # the alerts

    capsys.readouterr()
    assert main(["watch", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    ops = next(row for row in status["channels"] if row["name"] == "Ops")
    assert (ops["health"], ops["every"], ops["canary"]) == ("ok", "30m", "fri 12:00")
    assert main(["watch", "status"]) == 0
    assert "OK       Alerts [alert channel]" in capsys.readouterr().out

    held = HeldLock(tmp_path / "data" / "watch.lock")
    assert held.acquire()
    assert main(["watch", "--once"]) == 2  # the app runs the schedule meanwhile
    assert "already runs" in capsys.readouterr().err
    held.release()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a systemd user service")
def test_install_service_writes_private_units_that_name_the_folders_it_was_run_with(tmp_path, monkeypatch):
    import os

    from pingtower_desktop.cli import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "odd 50% $HOME folder"
    old_mask = os.umask(0)
    try:
        assert main(["watch", "install-service", "--config-dir", str(folder)]) == 0
    finally:
        os.umask(old_mask)
    units = tmp_path / "xdg" / "systemd" / "user"
    service, timer = units / "pingtower-desktop-watch.service", units / "pingtower-desktop-watch.timer"
    assert (service.stat().st_mode & 0o777, timer.stat().st_mode & 0o777) == (0o600, 0o600)
    unit = service.read_text()
    assert "watch --once" in unit and "Type=oneshot" in unit and "OnUnitActiveSec=1min" in timer.read_text()
    # systemd reads "%%" as "%" (a specifier otherwise); in Environment= a "$" is taken as it is
    assert f'Environment="PINGTOWER_DESKTOP_CONFIG_DIR={folder}"'.replace("%", "%%") in unit
    assert f'Environment="PINGTOWER_DESKTOP_DATA_DIR={os.environ["PINGTOWER_DESKTOP_DATA_DIR"]}"' in unit


def test_watch_runs_until_sigterm_and_saves_its_state(tmp_path, webhook_peer):
    import os
    import signal
    import subprocess
    import time

    env = dict(
        os.environ,
        PINGTOWER_DESKTOP_CONFIG_DIR=str(tmp_path / "config"),
        PINGTOWER_DESKTOP_DATA_DIR=str(tmp_path / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    cli = [sys.executable, "-m", "pingtower_desktop.cli"]
    added = subprocess.run([*cli, "add", "webhook", "Hook", "--set", f"url={webhook_peer.url}"], env=env, timeout=60)
    assert added.returncode == 0
    watching = subprocess.Popen([*cli, "watch"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    state = tmp_path / "data" / "watch-state.json"
    deadline = time.monotonic() + 30
    while not state.exists() and time.monotonic() < deadline:  # the first run has checked the channel
        time.sleep(0.1)
    watching.send_signal(signal.SIGTERM)
    out, err = watching.communicate(timeout=30)
    assert watching.returncode == 0, err
    assert "OK" in out and "Hook" in out and "stopped; the state is saved" in err
    assert json.loads(state.read_text())["channels"]
