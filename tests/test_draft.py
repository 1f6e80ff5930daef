"""The draft of a channel being edited, without Qt: what it shows as problems, when it is dirty, what it saves."""

from __future__ import annotations

from pingtower_desktop.channels import Channel, channel_type
from pingtower_desktop.draft import DEFAULT_NEEDS_ENABLED, Draft, folded

WEBHOOK = channel_type("WEBHOOK")


def stored(name: str = "Ops hook", **flags) -> Channel:
    return Channel.from_wire({"name": name, "type": "WEBHOOK", "configuration": {"url": "https://h.example/in"},
                              **flags})  # fmt: skip


def test_a_new_draft_shows_only_the_problems_of_what_was_touched_until_a_save_is_tried():
    draft = Draft.new(WEBHOOK, "Hook")
    check = draft.check()
    assert check.problems == {"url": "must be an http:// or https:// URL"} and check.shown == {} and draft.dirty
    draft.put("url", "nope")
    assert draft.check().shown == {"url": "must be an http:// or https:// URL"}
    draft.put("url", "https://h.example/x")
    assert draft.check().valid and draft.channel() is not None


def test_a_name_another_channel_has_and_a_disabled_default_are_problems():
    other = stored("Ops hook")
    taken = {folded(other.name): other}
    draft = Draft.new(WEBHOOK, " ops   HOOK ", {"url": "https://h.example/2"})
    draft.put("name", " ops   HOOK ")
    assert draft.check(taken).shown == {"name": "another channel is already called “Ops hook”"}
    draft.put("name", "Other")
    draft.put("enabled", False)
    draft.put("isDefault", True)
    assert draft.check(taken).shown == {"isDefault": DEFAULT_NEEDS_ENABLED} and draft.channel() is None


def test_a_stored_draft_is_clean_until_edited_and_revert_and_save_make_it_clean_again():
    draft = Draft.of(stored(), secrets_pending=True)
    assert not draft.dirty and draft.check().valid
    draft.put("url", "https://h.example/changed")
    assert draft.dirty
    draft.revert()
    assert not draft.dirty and draft.get("url") == "https://h.example/in"
    draft.put("timeout", 10)
    saved = Channel.from_wire({**draft.wire()})
    draft.saved(saved)
    assert not draft.dirty and draft.base == saved and draft.touched == set()


def test_a_flag_changed_elsewhere_is_mirrored_and_edits_stay():
    draft = Draft.of(stored())
    draft.put("url", "https://h.example/mine")
    draft.mirror_flags(enabled=False, is_default=False)
    assert draft.get("enabled") is False and draft.get("url") == "https://h.example/mine" and draft.dirty
