"""Hostile files and folders: one line that names the problem, exit 2, the store unchanged, never a traceback."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from pingtower_desktop.importexport import MAX_IMPORT_BYTES


def cli(*argv: str, stdin: str = "", limit_file_size: int | None = None) -> subprocess.CompletedProcess:
    """The real console script in a child process (as a user runs it)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run(
        [sys.executable, "-m", "pingtower_desktop.cli", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit if limit_file_size else None,
    )


@pytest.fixture
def config() -> Path:
    folder = Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"])
    done = cli("add", "webhook", "Existing", "--set", "url=https://hooks.example.com/in")
    assert done.returncode == 0, done.stderr
    return folder


def unchanged(config: Path, before: bytes) -> None:
    assert (config / "channels.json").read_bytes() == before


def refused(done: subprocess.CompletedProcess, words: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    assert words in done.stderr + done.stdout, done.stderr + done.stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a":' * 40 + "1" + "}" * 40, "nested too deeply"),
        ('[{"name": "Big", "type": "WEBHOOK", "configuration": {"timeout": ' + "9" * 5000 + "}}]", "5000 digits"),
        ('[{"name": "N', "not valid JSON"),
        (
            '[{"name": "\\udcff", "type": "WEBHOOK", "configuration": {"url": "https://h.example/x"}}]',
            "broken character",
        ),
        ("\xff\xfe", "not valid JSON"),
    ],
    ids=["deep-list", "deep-object", "huge-number", "torn", "lone-surrogate", "not-utf8"],
)
def test_a_hostile_import_file_is_refused_and_nothing_is_written(config, tmp_path, content, words):
    before = (config / "channels.json").read_bytes()
    source = tmp_path / "hostile.json"
    source.write_bytes(content.encode("utf-8", "surrogatepass") if "\xff" not in content else b"\xff\xfe")
    done = cli("import", str(source))
    refused(done, words)
    unchanged(config, before)
    assert cli("add", "webhook", "Later", "--set", "url=https://h.example/y").returncode == 0  # writes still work


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_devices_pipes_and_folders_are_not_read(config, tmp_path, source):
    before = (config / "channels.json").read_bytes()
    if source == "fifo":
        source = tmp_path / "pipe"
        os.mkfifo(source)  # opening it would wait for a writer forever
    elif source == "folder":
        source = tmp_path
    refused(cli("import", str(source)), "is not a regular file")
    unchanged(config, before)


def test_an_import_file_too_large_for_channels_is_refused(config, tmp_path):
    source = tmp_path / "big.json"
    with open(source, "wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    refused(cli("import", str(source)), "too large for a file of channels")


def test_duplicate_ids_in_one_import_are_named(config, tmp_path):
    hook = {"type": "WEBHOOK", "configuration": {"url": "https://h.example/x"}, "id": "same-id"}
    source = tmp_path / "twice.json"
    source.write_text(json.dumps([{**hook, "name": "One"}, {**hook, "name": "Two"}]))
    done = cli("import", str(source))
    refused(done, "Two: invalid — id: appears more than once in this file")
    assert "1 added" in done.stdout


def test_a_stored_file_nested_too_deeply_is_moved_aside_and_the_next_start_works(config):
    (config / "channels.json").write_text('{"schemaVersion": 1, "channels": ' + "[" * 50_000 + "]" * 50_000 + "}")
    done = cli("list")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "nested too deeply" in done.stderr and "moved aside" in done.stderr
    assert cli("add", "webhook", "After", "--set", "url=https://h.example/z").returncode == 0


def test_a_file_written_by_a_newer_version_is_left_alone_with_a_message(config):
    (config / "channels.json").write_text(json.dumps({"schemaVersion": 99, "channels": []}))
    refused(cli("add", "webhook", "New", "--set", "url=https://h.example/z"), "written by a newer PingTower Desktop")


def test_channels_json_that_is_a_folder_is_named(tmp_path):
    folder = tmp_path / "cfg"
    (folder / "channels.json").mkdir(parents=True)
    refused(
        cli("--config-dir", str(folder), "add", "webhook", "X", "--set", "url=https://h.example/z"), "channels.json"
    )


def test_the_file_size_limit_is_one_line_and_the_old_file_stays(config):
    before = (config / "channels.json").read_bytes()
    done = cli("add", "webhook", "Y" * 90, "--set", "url=https://h.example/z", limit_file_size=len(before) + 10)
    refused(done, "the file size limit (ulimit -f) is too low")
    unchanged(config, before)


def test_a_history_that_cannot_be_written_does_not_lose_the_result(config, webhook_peer, monkeypatch, tmp_path):
    blocked = tmp_path / "data-is-a-file"
    blocked.write_text("")
    monkeypatch.setenv("PINGTOWER_DESKTOP_DATA_DIR", str(blocked))
    assert cli("edit", "Existing", "--set", f"url={webhook_peer.url}/hook").returncode == 0
    done = cli("test", "Existing")
    assert done.returncode == 0 and done.stdout.startswith("OK"), done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "were not recorded in the history" in done.stderr
