"""Sync rules that depend on the dialect: the reference server's lossy read-back, isDefault, headers."""

from __future__ import annotations

from pingtower_desktop.channels import Channel
from pingtower_desktop.server.sync_plan import Op
from tests.server_helpers import (
    HEADER_SECRET,
    TELEGRAM_TOKEN,
    add,
    edit,
    local,
    logged_in,
    put_on_server,
    seed_wire,
    sync,
)


def test_lossy_read_back_never_blanks_a_local_value(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "telegram", "webhook")
    shown = reference_server.shown_configuration("Telegram Channel")
    assert "botToken" not in shown and "apiBaseUrl" not in shown  # the server hides them
    before = reference_server.count()
    plan, _ = sync(service)
    assert plan.actions == [] and reference_server.count() - before == 1
    assert local(service, "Telegram Channel").config.botToken == TELEGRAM_TOKEN
    assert local(service, "Custom Webhook").config.url == "https://hooks.example.com/in"


def test_a_visible_change_is_pulled_and_hidden_values_stay(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "telegram")
    reference_server.change("Telegram Channel", chatId="-1009999")
    plan, _report = sync(service)
    assert [(i.op, i.note) for i in plan.actions] == [(Op.UPDATE_HERE, "changed on the server: Chat ID")]
    pulled = local(service, "Telegram Channel")
    assert (pulled.config.chatId, pulled.config.botToken) == ("-1009999", TELEGRAM_TOKEN)
    assert reference_server.count("PUT") == 0  # a pull sends nothing back


def test_hidden_values_are_never_pushed_back_as_blanks(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "telegram", "webhook")
    edit(service, "Telegram Channel", chatId="-100777")
    edit(service, "Custom Webhook", timeout=45)
    sync(service)
    telegram = reference_server.stored_configuration("Telegram Channel")
    webhook = reference_server.stored_configuration("Custom Webhook")
    assert telegram["botToken"] == TELEGRAM_TOKEN and telegram["chatId"] == "-100777"
    assert webhook["url"] == "https://hooks.example.com/in" and webhook["timeout"] == "45"


def test_keeping_the_servers_side_of_a_conflict_keeps_hidden_values(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "telegram")
    edit(service, "Telegram Channel", chatId="-100111")
    reference_server.change("Telegram Channel", chatId="-100222")
    _, report = sync(service, prefer="server")
    assert report.ok
    kept = local(service, "Telegram Channel")
    assert (kept.config.chatId, kept.config.botToken) == ("-100222", TELEGRAM_TOKEN)


def test_a_server_channel_missing_a_needed_value_is_reported_not_copied(reference_server):
    service = logged_in(reference_server)
    seed_wire(reference_server, "webhook")  # its url holds ':' and never comes back
    _plan, report = sync(service)
    [item] = report.skipped
    assert item.op is Op.SKIP and "configuration.url" in item.note and "did not show" in item.note
    assert report.ok and service.repo.list() == []


def test_reference_keeps_the_default_channel_local(reference_server):
    service = logged_in(reference_server)
    channel = add(service, "email")
    service.repo.make_default(channel.id)
    seed_wire(reference_server, "email")
    sync(service)
    edit(service, "Email Channel", smtpPort=2525)
    sync(service)
    assert reference_server.count("PUT") == 1
    assert all("isDefault" not in body for body in reference_server.bodies if body and "configuration" in body)
    reference_server.change("Email Channel", smtpHost="changed.example")
    sync(service)
    assert service.repo.find("Email Channel").is_default  # the pull kept the local default
    plan, _ = sync(service)
    assert plan.actions == []


def test_documented_syncs_the_default_both_ways(documented_server):
    service = logged_in(documented_server)
    first = add(service, "email")
    add(service, "telegram")
    service.repo.make_default(first.id)
    sync(service)
    assert documented_server.by_name("Email Channel")["isDefault"] is True
    documented_server.by_name("Telegram Channel")["isDefault"] = True
    documented_server.by_name("Email Channel")["isDefault"] = False
    _plan, report = sync(service)
    assert report.ok
    assert service.repo.find("Telegram Channel").is_default and not service.repo.find("Email Channel").is_default
    assert sync(service)[0].actions == []


def test_documented_sends_headers_and_reference_keeps_them_here(pingtower_server):
    service = logged_in(pingtower_server)
    if pingtower_server.dialect == "documented":
        add(service, "webhook")
    else:  # the reference server cannot create it: it is there already, and a change is sent
        put_on_server(service, pingtower_server, "webhook")
        edit(service, "Custom Webhook", timeout=15)
    plan, _ = sync(service)
    stored = pingtower_server.stored_configuration("Custom Webhook")
    if pingtower_server.dialect == "documented":
        assert stored["headers"] == {"Authorization": HEADER_SECRET} and plan.items[0].note == ""
    else:
        assert "headers" not in stored and "Headers stay on this computer" in plan.items[0].note
    assert local(service, "Custom Webhook").config.headers == {"Authorization": HEADER_SECRET}


def test_a_server_channel_of_an_unknown_type_is_reported(documented_server):
    service = logged_in(documented_server)
    documented_server.channels[7] = {
        "id": 7,
        "name": "Pager",
        "type": "SMS",
        "configuration": {"phone": "+100"},
        "enabled": True,
        "isDefault": False,
    }
    _, report = sync(service)
    [item] = report.skipped
    assert "does not know the channel type SMS" in item.note
    assert not any(isinstance(c, Channel) and c.name == "Pager" for c in service.repo.list())


def test_a_channel_deleted_here_and_changed_there_comes_back_with_its_hidden_values(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "webhook")
    service.repo.delete(service.repo.find("Custom Webhook").id)
    reference_server.change("Custom Webhook", timeout="60")
    plan, report = sync(service)
    assert [(i.op, i.kept) for i in plan.actions] == [(Op.CREATE_HERE, True)] and report.ok
    restored = service.repo.find("Custom Webhook")
    assert (restored.config.url, restored.config.timeout) == ("https://hooks.example.com/in", 60)
