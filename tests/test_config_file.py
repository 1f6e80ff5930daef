"""The channels file: atomic locked writes, broken files moved aside, schema versions and migrations."""

from __future__ import annotations

import json
import os
import stat

import pytest

from pingtower_desktop.storage import config_file
from pingtower_desktop.storage.config_file import ConfigFile, NewerSchema


@pytest.fixture
def path(tmp_path):
    return tmp_path / "config" / "channels.json"


def entry(name: str, **extra) -> dict:
    return {"id": name.lower(), "name": name, "type": "WEBHOOK", "configuration": {"url": "https://x.org"}, **extra}


def leftovers(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name not in (path.name, path.name + ".lock"))


def test_a_missing_file_reads_as_no_channels_and_creates_nothing(path):
    assert ConfigFile(path).read() == []
    assert not path.parent.exists()


def test_a_transaction_writes_the_documented_shape(path):
    with ConfigFile(path).transaction() as channels:
        channels.append(entry("Ops"))

    assert json.loads(path.read_text(encoding="utf-8")) == {"schemaVersion": 1, "channels": [entry("Ops")]}
    assert ConfigFile(path).read() == [entry("Ops")]
    assert leftovers(path) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_file_is_private(path):
    with ConfigFile(path).transaction() as channels:
        channels.append(entry("Ops"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_transaction_sees_what_others_wrote_since(path):
    mine, theirs = ConfigFile(path), ConfigFile(path)
    assert mine.read() == []
    with theirs.transaction() as channels:
        channels.append(entry("Theirs"))
    with mine.transaction() as channels:
        channels.append(entry("Mine"))
    assert [c["name"] for c in ConfigFile(path).read()] == ["Theirs", "Mine"]


def test_an_exception_leaves_the_file_untouched(path):
    with ConfigFile(path).transaction() as channels:
        channels.append(entry("Ops"))
    before = path.read_bytes()

    with pytest.raises(RuntimeError), ConfigFile(path).transaction() as channels:
        channels.clear()
        raise RuntimeError("changed my mind")

    assert path.read_bytes() == before


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temp_file(path, monkeypatch):
    with ConfigFile(path).transaction() as channels:
        channels.append(entry("Ops"))
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(config_file.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"), ConfigFile(path).transaction() as channels:
        channels.append(entry("Lost"))

    assert path.read_bytes() == before
    assert leftovers(path) == []


@pytest.mark.parametrize(
    "content",
    [
        b'{"schemaVersion": 1, "channels": [',
        b"\xff\xfe not utf-8",
        b'"just a string"',
        b'{"schemaVersion": 1, "channels": {"a": 1}}',
        b'{"schemaVersion": "one", "channels": []}',
        b"",
    ],
    ids=["truncated", "binary", "string", "channels-not-a-list", "bad-version", "empty"],
)
def test_a_broken_file_is_moved_aside_byte_for_byte(path, content):
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = ConfigFile(path)

    assert store.read() == []

    [aside] = leftovers(path)
    assert aside.startswith("channels.json.broken-") and aside.endswith("Z")
    assert (path.parent / aside).read_bytes() == content
    assert not path.exists()
    assert f"moved aside to {path.parent / aside}" in store.warning


def test_a_broken_file_found_by_a_transaction_is_kept_too(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{oops")
    store = ConfigFile(path)
    with store.transaction() as channels:
        channels.append(entry("Fresh"))
    [aside] = [name for name in leftovers(path) if "broken" in name]
    assert (path.parent / aside).read_bytes() == b"{oops"
    assert ConfigFile(path).read() == [entry("Fresh")]
    assert "moved aside" in store.warning


def test_moved_aside_files_are_never_overwritten(path):
    path.parent.mkdir(parents=True)
    for content in (b"{first", b"{second", b"{third"):
        path.write_bytes(content)
        ConfigFile(path).read()
    kept = sorted((path.parent / name).read_bytes() for name in leftovers(path))
    assert kept == [b"{first", b"{second", b"{third"]


def test_a_newer_schema_is_read_but_never_written(path):
    path.parent.mkdir(parents=True)
    newer = json.dumps({"schemaVersion": 2, "channels": [entry("Future")], "extra": True}).encode()
    path.write_bytes(newer)
    store = ConfigFile(path)

    assert store.read() == [entry("Future")]
    assert "newer PingTower Desktop (schema 2" in store.warning
    with pytest.raises(NewerSchema, match="left untouched"), store.transaction() as channels:
        channels.clear()
    assert path.read_bytes() == newer
    assert leftovers(path) == []


def test_a_version_0_file_is_migrated_with_stable_ids_and_a_backup(path):
    path.parent.mkdir(parents=True)
    original = json.dumps([{"name": "Hand written", "type": "WEBHOOK", "configuration": {"url": "https://x.org"}}])
    path.write_text(original, encoding="utf-8")

    first = ConfigFile(path).read()
    again = ConfigFile(path).read()

    assert first == again and len(first[0]["id"]) == 32
    assert json.loads(path.read_text(encoding="utf-8"))["schemaVersion"] == 1
    assert (path.parent / "channels.json.schema-0.bak").read_text(encoding="utf-8") == original


def test_migrations_run_in_order_up_to_the_current_schema(path, monkeypatch):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schemaVersion": 1, "channels": [entry("Ops")]}), encoding="utf-8")

    def to_2(document):
        return {"channels": [{**c, "steps": ["v2"]} for c in document["channels"]]}

    def to_3(document):
        return {"channels": [{**c, "steps": [*c["steps"], "v3"]} for c in document["channels"]]}

    monkeypatch.setattr(config_file, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(config_file.MIGRATIONS, 1, to_2)
    monkeypatch.setitem(config_file.MIGRATIONS, 2, to_3)
    with ConfigFile(path).transaction() as channels:
        assert channels == [entry("Ops", steps=["v2", "v3"])]

    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schemaVersion"] == 3
    assert written["channels"] == [entry("Ops", steps=["v2", "v3"])]
    assert json.loads((path.parent / "channels.json.schema-1.bak").read_text(encoding="utf-8"))["schemaVersion"] == 1
