"""Names and peer words that carry terminal escapes: shown escaped by every CLI command, refused as names.

A hostile PingTower server (real, on loopback) lists channels named with OSC title and hyperlink
sequences, a screen clear, C1 controls, CR/LF meant to forge plan lines and a right-to-left override;
files of an older build hold such names; a webhook answers with escapes in its error body and the
server's login error carries them too. No raw control character reaches standard output or error, no
line is forged, and JSON output keeps the exact value.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.peers.http_peers import Peer, Received, Reply
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

HOSTILE = [
    "\x1b]0;owned title\x07Ops",
    "\x1b[2J\x1b[HClear",
    "\x1b]8;;https://evil.example/\x1b\\Link\x1b]8;;\x1b\\",
    "Forged\r\n  create here: Innocent",
    "Rev\u202eesrever.exe",
    "C1\x9b31mred",
    "Del\x7fete",
]
#: What must never reach a terminal raw: C0 controls but tab and line feed, DEL, C1, direction marks.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


cli = run_cli


def printed(capsys, *argv: str, stdin: str = "") -> str:
    _, out, err = cli(capsys, *argv, stdin=stdin)
    said = out + err
    assert not RAW.search(said), f"a raw control character reached the terminal: {said!r}"
    return said


def test_a_hostile_servers_names_are_printed_escaped_and_forge_no_plan_line(capsys, memory_keyring):
    with PingTowerServer() as server:
        for name in HOSTILE:
            server.seed(name, "WEBHOOK", {"url": "https://hooks.example.com/in"})
        printed(capsys, "server", "login", server.url, "--email", USER_EMAIL, "--password-stdin", stdin=USER_PASSWORD)
        for argv in (("sync", "--dry-run"), ("sync",)):
            said = printed(capsys, *argv)
            assert "\\u001b]0;owned title\\u0007Ops" in said and "\\u202e" in said
            assert not any(line.startswith("  create here: Innocent") for line in said.splitlines()), said
            assert "control characters or text-direction marks" in said  # why each was not copied
        _, out, _ = cli(capsys, "list", "--json")
        assert [c["name"] for c in json.loads(out)] == ["Forged create here: Innocent"]  # on one line; no other


def test_names_with_escapes_are_refused_at_add_rename_and_import(capsys, tmp_path):
    for name in HOSTILE[:3] + HOSTILE[4:]:
        code, out, err = cli(capsys, "add", "webhook", name, "--set", "url=https://hooks.example.com/in")
        assert code == 2 and "control characters or text-direction marks" in err and not RAW.search(out + err)
    assert cli(capsys, "add", "webhook", "Plain", "--set", "url=https://hooks.example.com/in")[0] == 0
    code, _, err = cli(capsys, "rename", "Plain", "Plain\x1b[2J")
    assert code == 2 and "U+001B" in err
    document = tmp_path / "import.json"
    channel = {"type": "WEBHOOK", "configuration": {"url": "https://hooks.example.com/in"}}
    document.write_text(json.dumps([{**channel, "name": name} for name in HOSTILE]))
    said = printed(capsys, "import", str(document))
    assert "U+001B" in said and "U+202E" in said
    _, out, _ = cli(capsys, "list", "--names")
    assert out.splitlines() == ["Plain", "Forged create here: Innocent"]  # white space collapsed, nothing else


@pytest.fixture
def older_files(capsys):
    """Channels, an operations log and a history as a build that took any name wrote them."""
    for number in range(len(HOSTILE)):
        code, _, err = cli(capsys, "add", "webhook", f"Hook {number}", "--set", "url=https://hooks.example.com/in")
        assert code == 0, err
    config = Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"])
    data = Path(os.environ["PINGTOWER_DESKTOP_DATA_DIR"])
    stored = json.loads((config / "channels.json").read_text())
    for entry, name in zip(stored["channels"], HOSTILE, strict=True):
        entry["name"] = name
    (config / "channels.json").write_text(json.dumps(stored))
    log = [json.loads(line) for line in (data / "operations.jsonl").read_text().splitlines()]
    for line, name in zip(log, HOSTILE, strict=True):
        line["channel"] = name
    (data / "operations.jsonl").write_text("".join(json.dumps(line) + "\n" for line in log))
    history = {"time": "2026-12-01T10:00:00Z", "channel_id": "x", "channel_name": HOSTILE[0], "channel_type": "WEBHOOK",
               "delivered": False, "latency_ms": 3, "message": "Webhook: \x1b]0;x\x07 answered", "route": "direct"}  # fmt: skip
    (data / "history.jsonl").write_text(json.dumps(history) + "\n")
    return stored


def test_names_in_files_of_an_older_build_are_printed_escaped_by_every_command(capsys, older_files):
    for argv in (("list",), ("list", "--names"), ("show", "Hook 0"), ("log",), ("history",), ("stats",)):
        said = printed(capsys, *argv)
        assert not any(line.startswith("  create here: Innocent") for line in said.splitlines()), said


def test_json_output_keeps_the_exact_value(capsys, older_files):
    _, out, _ = cli(capsys, "log", "--json")
    assert not RAW.search(out)
    assert [op["channel"] for op in json.loads(out)] == HOSTILE
    _, out, _ = cli(capsys, "history", "--json")
    assert json.loads(out)[0]["channel_name"] == HOSTILE[0]


class EscapingPeer(Peer):
    """A webhook receiver and a login that answer with escape sequences and a forged second line."""

    def respond(self, received: Received) -> Reply:
        words = "\x1b]0;owned\x07denied\r\nOK  Hook  1 ms  delivered \x1b[2J\u202e"
        if received.path.endswith("/auth/login"):
            return Reply(401, {"message": words})
        return Reply(500, words)


def test_a_peers_words_are_printed_escaped(capsys):
    with EscapingPeer() as peer:
        assert cli(capsys, "add", "webhook", "Hook", "--set", f"url={peer.url}/in")[0] == 0
        said = printed(capsys, "test", "Hook")
        assert "denied" in said and not any(line.startswith("OK  Hook") for line in said.splitlines())
        said = printed(capsys, "check", "Hook")
        said = printed(capsys, "server", "login", peer.url, "--dialect", "documented", "--email", USER_EMAIL,
                       "--password-stdin", stdin=USER_PASSWORD)  # fmt: skip
        assert "denied" in said
