"""The three-way sync against the loopback server, in both dialects: every rule of the issue."""

from __future__ import annotations

import json

import pytest

from pingtower_desktop.server.errors import ServerError
from pingtower_desktop.server.sync import StalePlan
from pingtower_desktop.server.sync_plan import Op
from tests.keyring_accounts import memory_secrets
from tests.peers.pingtower_server import make_jwt
from tests.server_helpers import (
    EMAIL_PASSWORD,
    HEADER_SECRET,
    SAMPLES,
    TELEGRAM_TOKEN,
    add,
    edit,
    local,
    logged_in,
    put_on_server,
    run,
    seed_wire,
    sync,
)


def ops(plan) -> list[tuple[str, str]]:
    return [(item.op.label, item.name) for item in plan.actions]


def files_text(service) -> str:
    folder = service.repo.paths.config_dir
    return "".join(path.read_text(encoding="utf-8") for path in folder.iterdir() if path.is_file())


def test_first_sync_creates_everything_and_the_second_makes_one_request(documented_server):
    pingtower_server = documented_server
    service = logged_in(pingtower_server)
    for sample in ("telegram", "email", "webhook", "slack"):
        add(service, sample)
    plan, report = sync(service)
    assert report.ok and len(report.done) == 4
    assert {c["name"] for c in pingtower_server.channels.values()} == {
        "Telegram Channel",
        "Email Channel",
        "Custom Webhook",
        "Slack Channel",
    }
    before = pingtower_server.count()
    plan, report = sync(service)
    assert pingtower_server.count() - before == 1  # the list, nothing else
    assert plan.actions == [] and report.ok


def test_a_channel_new_on_the_server_is_copied_here_with_its_secret_in_the_keyring(pingtower_server, memory_keyring):
    service = logged_in(pingtower_server)
    seed_wire(pingtower_server, "email")
    plan, report = sync(service, copy_others=True)  # on the reference server: another user's, so asked first
    assert ops(plan) == [("create here", "Email Channel")] and report.ok
    copied = local(service, "Email Channel")
    assert copied.config.password == EMAIL_PASSWORD
    assert EMAIL_PASSWORD in memory_secrets(memory_keyring)
    assert EMAIL_PASSWORD not in files_text(service)


def test_no_secret_reaches_a_file(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "telegram", "email", "webhook")
    text = files_text(service)
    for secret in (TELEGRAM_TOKEN, EMAIL_PASSWORD, HEADER_SECRET):
        assert secret not in text


def test_a_change_on_one_side_goes_to_the_other(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    edit(service, "Email Channel", smtpHost="mail.changed.example")
    plan, _ = sync(service)
    assert ops(plan) == [("update on the server", "Email Channel")]
    assert pingtower_server.stored_configuration("Email Channel")["smtpHost"] == "mail.changed.example"

    pingtower_server.change("Email Channel", smtpHost="mail.server.example")
    plan, _ = sync(service)
    assert ops(plan) == [("update here", "Email Channel")]
    assert local(service, "Email Channel").config.smtpHost == "mail.server.example"
    assert local(service, "Email Channel").config.password == EMAIL_PASSWORD


def test_the_same_change_on_both_sides_is_no_conflict(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    edit(service, "Email Channel", smtpHost="same.example")
    pingtower_server.change("Email Channel", smtpHost="same.example")
    before = pingtower_server.count()
    plan, report = sync(service)
    assert plan.actions == [] and report.ok
    assert pingtower_server.count() - before == 1


def _conflict(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    edit(service, "Email Channel", smtpHost="mine.example")
    pingtower_server.change("Email Channel", smtpHost="theirs.example")
    return service


def test_a_conflict_overwrites_nothing_and_stays_listed(pingtower_server):
    service = _conflict(pingtower_server)
    for _ in range(2):
        _plan, report = sync(service)
        assert [item.name for item in report.conflicts] == ["Email Channel"] and not report.ok
        assert "changed on both sides" in report.conflicts[0].note
        assert local(service, "Email Channel").config.smtpHost == "mine.example"
        assert pingtower_server.stored_configuration("Email Channel")["smtpHost"] == "theirs.example"


@pytest.mark.parametrize(("prefer", "winner"), [("local", "mine.example"), ("server", "theirs.example")])
def test_prefer_resolves_a_conflict_for_one_side(pingtower_server, prefer, winner):
    service = _conflict(pingtower_server)
    _plan, report = sync(service, prefer=prefer)
    assert report.ok
    assert local(service, "Email Channel").config.smtpHost == winner
    assert pingtower_server.stored_configuration("Email Channel")["smtpHost"] == winner
    assert sync(service)[0].actions == []


def test_keep_both_makes_two_channels_on_both_sides(documented_server):
    pingtower_server = documented_server
    service = _conflict(pingtower_server)
    plan = run(service.plan())
    [conflict] = plan.conflicts
    resolved = plan.resolve(conflict, "both")
    assert plan.conflicts == [conflict] and resolved.conflicts == []  # a plan is a value: resolving makes a new one
    assert [item.op for item in resolved.actions] == [Op.CREATE_HERE, Op.UPDATE_ON_SERVER, Op.CREATE_ON_SERVER]
    assert {item.note for item in resolved.actions} == {
        "conflict: kept both — this computer's 'Email Channel' and the server's 'Email Channel (server)', on both sides"
    }
    with pytest.raises(ValueError):
        resolved.resolve(conflict, "local")  # no longer in the resolved plan
    report = run(service.apply(resolved))
    assert report.ok, report.failed
    here = {c.name: c.config.smtpHost for c in service.repo.list()}
    there = {c["name"]: c["configuration"]["smtpHost"] for c in pingtower_server.channels.values()}
    assert here == there == {"Email Channel": "mine.example", "Email Channel (server)": "theirs.example"}
    assert sync(service)[0].actions == []


def test_a_conflict_settled_per_setting_takes_the_servers_host_and_keeps_my_port(pingtower_server):
    service = _conflict(pingtower_server)  # the host changed on both sides
    edit(service, "Email Channel", smtpPort=2525)  # and the port here only
    plan = run(service.plan())
    [conflict] = plan.conflicts
    merged = plan.merge(conflict, {"smtpHost"})
    [step] = [item for item in merged.items if item.name == "Email Channel"]
    assert (step.op, step.note) == (
        Op.UPDATE_ON_SERVER,
        "conflict: this computer's version with the server's SMTP server",
    )
    report = run(service.apply(merged))
    assert report.ok, report.failed
    here, there = local(service, "Email Channel").config, pingtower_server.stored_configuration("Email Channel")
    assert (here.smtpHost, here.smtpPort) == ("theirs.example", 2525)
    assert (there["smtpHost"], int(there["smtpPort"])) == ("theirs.example", 2525)
    assert here.password == EMAIL_PASSWORD  # the secret this computer holds stays
    assert sync(service)[0].actions == []


def test_a_merge_refused_by_the_server_changes_nothing_here(documented_server):
    service = _conflict(documented_server)
    plan = run(service.plan())
    merged = plan.merge(plan.conflicts[0], {"smtpHost"})
    documented_server.stop_after(1)  # the list made before sending is answered, the PUT is not
    report = run(service.apply(merged))
    assert not report.ok and report.done == []
    documented_server.resume()
    assert local(service, "Email Channel").config.smtpHost == "mine.example"  # the merge waits for the server
    assert "changed on both sides" in sync(service)[1].conflicts[0].note


def test_deleted_here_and_unchanged_there_is_deleted_there(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    service.repo.delete(service.repo.find("Email Channel").id)
    plan, report = sync(service, delete_on_server={"Email Channel"})  # the reference server: confirmed by name
    assert ops(plan) == [("delete on the server", "Email Channel")] and report.ok
    assert pingtower_server.channels == {}


def test_deleted_there_and_unchanged_here_is_deleted_here(pingtower_server, memory_keyring):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email", "slack")
    del pingtower_server.channels[pingtower_server.by_name("Email Channel")["id"]]  # another client deleted it
    plan, report = sync(service)
    assert ops(plan) == [("delete here", "Email Channel")] and report.ok
    assert [c.name for c in service.repo.list()] == ["Slack Channel"]
    assert EMAIL_PASSWORD not in memory_secrets(memory_keyring)


def test_a_server_that_lost_every_channel_gets_them_back_instead_of_deleting_here(documented_server):
    pingtower_server = documented_server
    service = logged_in(pingtower_server)
    add(service, "email")
    add(service, "slack")
    sync(service)
    pingtower_server.channels.clear()  # the reference server keeps channels in memory: a restart does this
    plan, report = sync(service)
    assert all(item.op is Op.CREATE_ON_SERVER and "was it reset?" in item.note for item in plan.actions)
    assert report.ok and len(service.repo.list()) == 2
    assert _names(pingtower_server) == ["Email Channel", "Slack Channel"]


def _names(server) -> list[str]:
    return sorted(c["name"] for c in server.channels.values())


def test_nothing_is_deleted_on_the_server_when_a_local_entry_cannot_be_read(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email", "slack")
    path = service.repo.paths.config_file
    document = json.loads(path.read_text())
    document["channels"][0]["type"] = "PAGER"  # written by a newer version, say
    path.write_text(json.dumps(document))
    _plan, report = sync(service)
    [item] = report.skipped
    assert item.name == "Email Channel" and "could not be read" in item.note
    assert _names(pingtower_server) == ["Email Channel", "Slack Channel"]


def test_a_channel_whose_secret_is_missing_here_is_not_sent_blank(pingtower_server, memory_keyring):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "telegram")
    edit(service, "Telegram Channel", chatId="-100555")  # a change to send
    for item in [item for item in memory_keyring.items if ":botToken" in item[1]]:
        del memory_keyring.items[item]  # the keyring lost it
    _plan, report = sync(service)
    [item] = report.skipped
    assert "not sent to the server" in item.note and "botToken" in item.note
    assert pingtower_server.stored_configuration("Telegram Channel")["botToken"] == TELEGRAM_TOKEN


def test_deleted_here_but_changed_there_is_kept_and_reported(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    service.repo.delete(service.repo.find("Email Channel").id)
    pingtower_server.change("Email Channel", smtpHost="changed.example")
    plan, _report = sync(service)
    [item] = plan.actions
    assert item.kept and item.op is Op.CREATE_HERE and "deleted here but changed on the server" in item.note
    assert local(service, "Email Channel").config.smtpHost == "changed.example"
    assert len(pingtower_server.channels) == 1


def test_deleted_there_but_changed_here_is_kept_and_reported(documented_server):
    pingtower_server = documented_server
    service = logged_in(pingtower_server)
    add(service, "email")
    sync(service)
    pingtower_server.channels.clear()
    edit(service, "Email Channel", smtpHost="changed.example")
    plan, _report = sync(service)
    [item] = plan.actions
    assert item.kept and item.op is Op.CREATE_ON_SERVER and "deleted on the server but changed here" in item.note
    assert pingtower_server.stored_configuration("Email Channel")["smtpHost"] == "changed.example"
    assert sync(service)[0].actions == []


def test_dry_run_changes_nothing(pingtower_server, memory_keyring):
    service = logged_in(pingtower_server)
    add(service, "email")
    seed_wire(pingtower_server, "email", name="Other Mail")
    config_before = files_text(service)
    keyring_before = dict(memory_keyring.items)
    plan, report = sync(service, dry_run=True, copy_others=True)
    assert report is None and memory_keyring.items == keyring_before
    to_server = "create on the server" if pingtower_server.dialect == "documented" else "keep here"
    assert sorted((item.op.label, item.name) for item in plan.items) == [
        ("create here", "Other Mail"),
        (to_server, "Email Channel"),
    ]
    assert pingtower_server.count("POST") == 1  # the login; the plan only listed
    assert files_text(service) == config_before
    assert [c.name for c in service.repo.list()] == ["Email Channel"]


def test_a_first_sync_links_channels_that_already_match(pingtower_server):
    service = logged_in(pingtower_server)
    add(service, "email")
    seed_wire(pingtower_server, "email")
    plan, report = sync(service)
    assert plan.actions == [] and [i.op for i in plan.items] == [Op.LINK] and report.ok
    assert len(pingtower_server.channels) == 1


def test_a_first_sync_never_duplicates_a_name_that_differs(pingtower_server):
    service = logged_in(pingtower_server)
    add(service, "email")
    seed_wire(
        pingtower_server, "email", configuration={**SAMPLES["email"]["configuration"], "smtpHost": "other.example"}
    )
    _plan, report = sync(service)
    assert [item.name for item in report.conflicts] == ["Email Channel"]
    assert len(pingtower_server.channels) == 1 and len(service.repo.list()) == 1


def test_a_name_taken_here_gets_a_free_one_on_both_sides(documented_server):
    pingtower_server = documented_server
    service = logged_in(pingtower_server)
    add(service, "webhook", name="Alerts")
    seed_wire(pingtower_server, "email", name="Alerts")  # another type: not the same channel
    _plan, report = sync(service)
    assert report.ok, report.failed
    assert sorted(c.name for c in service.repo.list()) == ["Alerts", "Alerts (server)"]
    assert sorted(c["name"] for c in pingtower_server.channels.values()) == ["Alerts", "Alerts (server)"]
    assert sync(service)[0].actions == []


def test_a_stale_plan_is_refused(pingtower_server):
    service = logged_in(pingtower_server)
    add(service, "email")
    seed_wire(pingtower_server, "email", name="Other Mail")
    plan = run(service.plan())
    sync(service, copy_others=True)
    with pytest.raises(StalePlan):
        run(service.apply(plan))
    assert len(service.repo.list()) == 2


def test_an_expired_login_is_refused_before_any_request(pingtower_server):
    service = logged_in(pingtower_server)
    service.profiles.save(service.profiles.load(), make_jwt(expires_in=-1))
    before = pingtower_server.count()
    with pytest.raises(ServerError) as caught:
        sync(service)
    assert "expired" in str(caught.value) and "log in again" in str(caught.value)
    assert pingtower_server.count() == before


def test_server_keys_this_app_does_not_know_survive_an_update(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    pingtower_server.change("Email Channel", replyTo="noreply@example.com")
    sync(service)  # nothing to do: unknown keys are not compared
    edit(service, "Email Channel", smtpHost="new.example")
    sync(service)
    stored = pingtower_server.stored_configuration("Email Channel")
    assert stored["replyTo"] == "noreply@example.com" and stored["smtpHost"] == "new.example"


def test_a_conflict_shows_both_versions_with_secrets_masked(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    edit(service, "Email Channel", smtpHost="mine.example")
    pingtower_server.change("Email Channel", smtpHost="theirs.example")
    plan = run(service.plan())
    mine, theirs = plan.conflicts[0].side_by_side()
    assert (mine["configuration"]["smtpHost"], theirs["configuration"]["smtpHost"]) == (
        "mine.example",
        "theirs.example",
    )
    assert EMAIL_PASSWORD not in json.dumps([mine, theirs])
    assert mine["configuration"]["password"].startswith("••••")


def test_badges_say_what_the_sync_will_do_per_channel(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    synced = service.repo.find("Email Channel")
    changed = add(service, "slack")
    badges = run(service.plan()).badges()
    expected = "create on the server" if pingtower_server.dialect == "documented" else "keep here"
    assert badges == {synced.id: "in sync", changed.id: expected}


def test_a_secret_the_server_masks_is_unknown_not_pulled(documented_server):
    service = logged_in(documented_server)
    add(service, "email")
    sync(service)
    documented_server.change("Email Channel", password="••••word")
    plan, _ = sync(service)
    assert plan.actions == []
    assert local(service, "Email Channel").config.password == EMAIL_PASSWORD


def test_a_server_change_made_between_plan_and_apply_becomes_a_conflict(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    edit(service, "Email Channel", smtpHost="mine.example")
    plan = run(service.plan())
    assert ops(plan) == [("update on the server", "Email Channel")]
    pingtower_server.change("Email Channel", smtpHost="another-client.example")  # meanwhile

    report = run(service.apply(plan))
    assert [item.name for item in report.conflicts] == ["Email Channel"] and not report.ok
    assert "changed on the server after the plan was made" in report.conflicts[0].note
    assert pingtower_server.stored_configuration("Email Channel")["smtpHost"] == "another-client.example"
    assert local(service, "Email Channel").config.smtpHost == "mine.example"


def test_a_local_edit_made_between_plan_and_apply_is_not_overwritten_by_the_pull(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email")
    pingtower_server.change("Email Channel", smtpHost="theirs.example")
    plan = run(service.plan())
    assert ops(plan) == [("update here", "Email Channel")]
    edit(service, "Email Channel", smtpPort=2525)  # the user, meanwhile

    report = run(service.apply(plan))
    assert "changed here after the plan was made" in report.conflicts[0].note
    kept = local(service, "Email Channel")
    assert (kept.config.smtpHost, kept.config.smtpPort) == ("smtp.example.com", 2525)


def test_a_channel_edited_between_plan_and_apply_is_not_deleted_here(pingtower_server):
    service = logged_in(pingtower_server)
    put_on_server(service, pingtower_server, "email", "slack")
    del pingtower_server.channels[pingtower_server.by_name("Email Channel")["id"]]
    plan = run(service.plan())
    assert ("delete here", "Email Channel") in ops(plan)
    edit(service, "Email Channel", smtpHost="still-wanted.example")

    report = run(service.apply(plan))
    assert [item.name for item in report.conflicts] == ["Email Channel"]
    assert local(service, "Email Channel").config.smtpHost == "still-wanted.example"


def test_a_change_made_while_a_sync_runs_is_logged_under_its_own_origin(documented_server, monkeypatch):
    """The app adds a channel in its store's thread while a sync (the worker's) is in the middle of writing:
    each is logged as what it is, with nothing shared between them."""
    import threading

    from pingtower_desktop.channel_service import ChannelService
    from pingtower_desktop.channels import Channel
    from pingtower_desktop.server import sync_state
    from pingtower_desktop.storage.oplog import Face, Origin

    documented_server.seed("From the server", "WEBHOOK", {"url": "https://hooks.example.com/in"})
    service = logged_in(documented_server)
    inside, added = threading.Event(), threading.Event()
    record = sync_state.Journal.record

    def pausing(journal, **entry):
        record(journal, **entry)
        if entry.get("e") == "pulling":  # the sync is writing: the app's change comes now
            inside.set()
            assert added.wait(10)

    monkeypatch.setattr(sync_state.Journal, "record", pausing)
    syncing = threading.Thread(target=lambda: sync(service))
    syncing.start()
    assert inside.wait(10)
    app = ChannelService(service.repo)
    app.add(Channel.from_wire({"name": "Added in the app", "type": "WEBHOOK", "configuration": {"url": "https://a.x/"}}),
            origin=Origin(Face.APP))  # fmt: skip
    added.set()
    syncing.join(10)
    logged = {op.channel: (op.op, op.source) for op in service.repo.oplog.read()}
    assert logged["Added in the app"] == ("create", "app")
    assert logged["From the server"] == ("sync", "cli")
