"""Import shapes and rules beyond what the CLI tests cover."""

from __future__ import annotations

import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.importexport import ImportFormatError, export_document, parse_import
from pingtower_desktop.storage.paths import AppPaths
from pingtower_desktop.storage.repository import ChannelRepository
from pingtower_desktop.storage.secrets import SecretStore
from tests.importing import import_entries


def hook(name: str, **extra) -> dict:
    return {"name": name, "type": "WEBHOOK", "configuration": {"url": "https://example.com/hook"}, **extra}


@pytest.fixture
def repo() -> ChannelRepository:
    return ChannelRepository(AppPaths.resolve(), SecretStore())


def test_the_documents_script_list_and_a_single_object_are_accepted(repo):
    entries = parse_import([hook("A"), hook("B")])
    assert [e.label for e in entries] == ["A", "B"]
    assert [e.label for e in parse_import(hook("C"))] == ["C"]
    assert [str(o) for o in import_entries(repo, entries).outcomes] == ["A: added", "B: added"]


def test_unknown_shapes_are_refused_as_a_whole():
    for data in ("text", 3, {"a": 1}, {}):
        with pytest.raises(ImportFormatError):
            parse_import(data)


def test_entries_without_names_are_labelled_by_position(repo):
    [outcome] = import_entries(repo, parse_import([{"type": "WEBHOOK", "configuration": {}}])).outcomes
    assert outcome.label == "entry 1" and outcome.outcome == "invalid"
    assert "name: must not be blank" in outcome.detail and "configuration.url: is required" in outcome.detail


def test_a_name_twice_in_one_file_and_a_second_default(repo):
    outcomes = import_entries(
        repo, parse_import([hook("A", isDefault=True), hook("a"), hook("B", isDefault=True)])
    ).outcomes
    assert [o.outcome for o in outcomes] == ["added", "invalid", "added"]
    assert "more than once" in outcomes[1].detail
    assert "isDefault ignored" in outcomes[2].detail
    assert [c.name for c in repo.list() if c.is_default] == ["A"]


def test_an_invalid_entry_does_not_block_valid_ones_and_nothing_is_half_written(repo):
    outcomes = import_entries(repo, parse_import([hook("Good"), hook("Bad", configuration={"url": "nope"})])).outcomes
    assert [o.outcome for o in outcomes] == ["added", "invalid"]
    assert [c.name for c in repo.list()] == ["Good"]


def test_import_matches_by_id_before_name_and_updates(repo):
    import_entries(repo, parse_import([hook("Old name")]))
    [stored] = repo.list()
    renamed = hook("New name", id=stored.id, configuration={"url": "https://example.com/v2"})
    assert [o.outcome for o in import_entries(repo, parse_import([renamed])).outcomes] == ["updated"]
    [after] = repo.list()
    assert (after.id, after.name, after.config.url) == (stored.id, "New name", "https://example.com/v2")


def test_export_is_the_wire_format_and_reimports_unchanged(repo):
    import_entries(
        repo, parse_import([hook("A", configuration={"url": "https://e.com", "hmacSecret": "sign-me-please"})])
    )
    plain = export_document(repo)
    assert plain["schemaVersion"] == 1 and plain["secretsIncluded"] is False
    assert "hmacSecret" not in plain["channels"][0]["configuration"]
    assert export_document(repo, include_secrets=True)["channels"][0]["configuration"]["hmacSecret"] == "sign-me-please"
    assert [o.outcome for o in import_entries(repo, parse_import(plain)).outcomes] == ["unchanged"]
    assert repo.with_secrets(repo.list()[0]).config.hmacSecret == "sign-me-please"


def test_an_entry_of_another_type_under_a_stored_name_is_a_conflict_not_a_replacement(repo, memory_keyring):
    stored = repo.add(
        Channel.from_wire(
            {"name": "Alerts", "type": "TELEGRAM", "configuration": {"chatId": "-1", "botToken": "1:AAH-x"}}
        )
    )
    [outcome] = import_entries(repo, parse_import([hook("alerts")])).outcomes
    assert outcome.outcome == "conflict" and "a TELEGRAM channel named 'Alerts' is stored here" in outcome.detail
    [kept] = repo.list()
    assert (kept.id, kept.type.name) == (stored.id, "TELEGRAM")
    assert repo.with_secrets(kept).config.botToken == "1:AAH-x"
