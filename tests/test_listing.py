"""The quick listing the window paints first agrees with the repository's checked list."""

from __future__ import annotations

import json

from pingtower_desktop.channel_kinds import KINDS
from pingtower_desktop.channels import channel_types
from pingtower_desktop.storage import AppPaths, ChannelRepository, ConfigFile, SecretStore
from pingtower_desktop.storage.listing import read_listing


def test_the_listing_shows_what_the_repository_lists_of_a_hand_written_file():
    paths = AppPaths.resolve()
    paths.config_dir.mkdir(parents=True)
    hook = {"url": "https://example.com/hook"}
    entries = [
        {"id": "a", "name": "Ops", "type": "webhook", "configuration": hook, "enabled": "no"},
        {"id": "b", "name": "Main", "type": "WEBHOOK", "configuration": hook, "isDefault": "true"},
        {"id": "c", "name": "Odd flag", "type": "WEBHOOK", "configuration": hook, "enabled": "maybe"},
        {"id": "d", "name": "Unknown", "type": "PAGER", "configuration": {}},
        {"name": "No id", "type": "WEBHOOK", "configuration": hook},
        "not a channel",
        {"id": "a", "name": "Second a", "type": "WEBHOOK", "configuration": hook},
    ]
    paths.config_file.write_text(json.dumps({"schemaVersion": 1, "channels": entries}), encoding="utf-8")

    listed = read_listing(ConfigFile(paths.config_file))
    checked = ChannelRepository(paths, SecretStore()).list()

    shown = [(c.id, c.name, c.type.name, c.type.label, c.enabled, c.is_default) for c in listed]
    assert shown == [(c.id, c.name, c.type.name, c.type.label, c.enabled, c.is_default) for c in checked]
    assert shown == [("a", "Ops", "WEBHOOK", "Webhook", False, False), ("b", "Main", "WEBHOOK", "Webhook", True, True)]


def test_every_channel_type_is_a_kind_the_listing_knows_in_the_same_order():
    assert [(t.name, t.label) for t in channel_types()] == [(k.name, k.label) for k in KINDS]
