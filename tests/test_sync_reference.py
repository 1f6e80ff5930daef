"""Sync with the reference server as its code really behaves (tests/peers/pingtower_server.py, written from
its AlertController): a lossy read-back that cuts at commas, no create, everyone's channels, older builds."""

from __future__ import annotations

import json

import httpx
import pytest

from pingtower_desktop.server.dialects import REFERENCE
from pingtower_desktop.server.reference_codec import round_trip
from pingtower_desktop.server.sync_plan import Consent, Op
from tests.peers.pingtower_server import USER_EMAIL, USER_NAME, USER_PASSWORD, PingTowerServer
from tests.server_helpers import (
    EMAIL_PASSWORD,
    SAMPLES,
    add,
    edit,
    local,
    logged_in,
    make_service,
    put_on_server,
    run,
    seed_wire,
    sync,
)

TWO = "oncall@example.com, boss@example.com"  # as the form stores a list

TRICKY = [
    "plain",
    "a@x.com,b@x.com",
    "https://x.example/hook",
    "p,w:x",
    "k:",
    ":v",
    "a{b}c",
    'say "hi"',
    "back\\slash",
    "  padded  ",
    "",
    "a,,b",
    "x:y,z",
    "tab\there",
    "кириллица, да",
]


def test_the_products_prediction_matches_what_the_server_shows(reference_server):
    """One value per key, each as tricky as values get: the prediction and the server agree on every one."""
    server_id = reference_server.seed("Probe", "WEBHOOK", {"seed": "x"})
    configuration = {f"k{number}": value for number, value in enumerate(TRICKY)}
    configuration |= {"n": 587, "b": True, "nothing": None}
    with httpx.Client() as http:
        answer = http.put(
            f"{reference_server.url}/v1/api/notifications/channels/{server_id}",
            json={"name": "Probe", "type": "WEBHOOK", "configuration": configuration},
        )
    assert answer.status_code == 200
    sent_as_text = {
        k: "null" if v is None else json.dumps(v) if isinstance(v, bool) else str(v) for k, v in configuration.items()
    }
    assert answer.json()["configuration"] == round_trip(sent_as_text)
    assert REFERENCE.shown_after(configuration) == answer.json()["configuration"]
    # and each value alone
    for value in TRICKY:
        with httpx.Client() as http:
            shown = http.put(
                f"{reference_server.url}/v1/api/notifications/channels/{server_id}",
                json={"name": "Probe", "type": "WEBHOOK", "configuration": {"v": value, "after": "1"}},
            ).json()["configuration"]
        assert shown == round_trip({"v": value, "after": "1"}), value


def test_two_recipients_are_never_cut_to_one(reference_server):
    service = logged_in(reference_server)
    add(service, "email", configuration={**SAMPLES["email"]["configuration"], "toEmail": TWO})
    seed_wire(reference_server, "email", configuration={**SAMPLES["email"]["configuration"], "toEmail": TWO})
    assert reference_server.shown_configuration("Email Channel")["to"] == "oncall@example.com"  # cut at the comma

    for _ in range(3):
        plan, report = sync(service)
        assert report.ok and plan.actions == []
        assert local(service, "Email Channel").config.toEmail == TWO

    edit(service, "Email Channel", smtpHost="mail2.example.com")  # the next edit sends the whole channel
    plan, report = sync(service)
    assert [item.op for item in plan.actions] == [Op.UPDATE_ON_SERVER] and report.ok
    assert reference_server.stored_configuration("Email Channel")["to"] == TWO  # stored whole there too
    assert local(service, "Email Channel").config.toEmail == TWO
    assert sync(service)[0].actions == []


def test_a_recipient_list_changed_on_the_server_is_taken_as_far_as_it_can_be_read(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "email")
    reference_server.change("Email Channel", to="ops@example.com")
    plan, _report = sync(service)
    assert [(item.op, item.note) for item in plan.actions] == [(Op.UPDATE_HERE, "changed on the server: To")]
    assert local(service, "Email Channel").config.toEmail == "ops@example.com"
    assert local(service, "Email Channel").config.password == EMAIL_PASSWORD


def test_a_phantom_key_made_by_the_read_back_is_never_pushed_back(reference_server):
    service = logged_in(reference_server)
    password = "p,w:x"  # shows back as password "p" and a new key "w"
    add(service, "email", configuration={**SAMPLES["email"]["configuration"], "password": password})
    seed_wire(reference_server, "email", configuration={**SAMPLES["email"]["configuration"], "password": password})
    assert reference_server.shown_configuration("Email Channel")["w"] == "x"
    plan, report = sync(service)
    assert report.ok and plan.actions == []
    assert local(service, "Email Channel").config.password == password
    edit(service, "Email Channel", smtpPort=2525)
    sync(service)
    sent = reference_server.bodies[-1]["configuration"]
    assert "w" not in sent and sent["password"] == password
    assert reference_server.stored_configuration("Email Channel")["password"] == password


@pytest.mark.parametrize(
    ("value", "why"),
    [('pass"word', 'holds " or \\'), ("back\\slash", 'holds " or \\'), ("with{brace}", "holds { or }")],
)
def test_a_value_the_server_would_damage_is_sent_only_when_agreed(reference_server, capsys, value, why):
    from pingtower_desktop.cli import main

    service = logged_in(reference_server)
    put_on_server(service, reference_server, "email")
    edit(service, "Email Channel", password=value)
    puts = reference_server.count("PUT")

    plan, report = sync(service)
    [item] = plan.waiting
    assert item.consent is Consent.SEND_ANYWAY and item.op is Op.UPDATE_ON_SERVER
    assert f"the server cannot store it — password {why}" in item.note
    assert not report.ok and reference_server.count("PUT") == puts  # not sent
    assert value not in item.note

    assert main(["sync"]) == 1
    out = capsys.readouterr().out
    assert "Waiting for your decision" in out and "[--send-anyway]" in out and "Email Channel" in out
    assert main(["sync", "--send-anyway"]) == 0
    assert reference_server.count("PUT") == puts + 1
    assert reference_server.bodies[-1]["configuration"]["password"] == value


def test_the_reference_server_cannot_create_and_says_so_once_not_as_an_error(reference_server, capsys):
    from pingtower_desktop.cli import main

    service = logged_in(reference_server)
    add(service, "email")
    for _ in range(2):
        assert main(["sync"]) == 0
        out = capsys.readouterr().out
        assert (
            "keep here: Email Channel — this server cannot create channels through its API "
            "(a known defect of the reference server): it stays on this computer"
        ) in out
        assert "FAILED" not in out
    assert reference_server.count("POST") == 1  # the login: a create was never tried
    assert local(service, "Email Channel").config.password == EMAIL_PASSWORD


def test_other_users_channels_are_copied_only_when_agreed(reference_server, capsys):
    from pingtower_desktop.cli import main

    service = logged_in(reference_server)
    seed_wire(reference_server, "email", name="Someone else's mail")
    assert main(["sync"]) == 0  # not copying them is a choice, not a failure
    out = capsys.readouterr().out
    assert "shows every user's channels to everyone" in out
    assert "create here: Someone else's mail" in out and "[--copy-others]" in out
    assert service.repo.list() == []
    assert main(["sync", "--copy-others"]) == 0
    assert [c.name for c in service.repo.list()] == ["Someone else's mail"]


def test_a_channel_this_computer_did_not_create_is_deleted_there_only_when_named(reference_server, capsys):
    from pingtower_desktop.cli import main

    service = logged_in(reference_server)
    put_on_server(service, reference_server, "email", "telegram")
    for name in ("Email Channel", "Telegram Channel"):
        service.repo.delete(service.repo.find(name).id)

    assert main(["sync"]) == 1
    out = capsys.readouterr().out
    assert "delete on the server: Email Channel" in out and "[--delete-on-server NAME]" in out
    assert len(reference_server.channels) == 2
    assert main(["sync", "--delete-on-server", "Email Channel"]) == 1  # the other one still waits
    assert [c["name"] for c in reference_server.channels.values()] == ["Telegram Channel"]
    assert main(["sync", "--delete-on-server", "telegram channel"]) == 0
    assert reference_server.channels == {}


def test_what_the_server_ignores_is_said_before_a_push(reference_server):
    service = logged_in(reference_server)
    put_on_server(service, reference_server, "webhook", "telegram")
    edit(service, "Custom Webhook", method="PUT", timeout=45)
    edit(service, "Telegram Channel", parseMode="MarkdownV2", disableNotification=True, messageThreadId=7)
    plan = run(service.plan())
    notes = {item.name: item.note for item in plan.actions}
    assert (
        "the server ignores method (the server always sends POST), timeout (the server always waits 15 s)"
        in (notes["Custom Webhook"])
    )
    assert (
        "the server ignores parseMode (the server always sends HTML), disableNotification (the server ignores it), "
        "messageThreadId (the server ignores it)"
    ) in notes["Telegram Channel"]


def test_an_email_relay_without_login_gets_no_empty_username(reference_server):
    service = logged_in(reference_server)
    relay = {k: v for k, v in SAMPLES["email"]["configuration"].items() if k not in ("username", "password")}
    add(service, "email", configuration=relay)
    seed_wire(reference_server, "email", configuration=relay)
    sync(service)
    edit(service, "Email Channel", smtpHost="relay.example.com")
    sync(service)
    sent = reference_server.bodies[-1]["configuration"]
    assert "username" not in sent and "password" not in sent  # present even empty, the server turns AUTH on
    assert sent["smtpHost"] == "relay.example.com"


def test_status_says_synced_channels_get_no_real_alerts(reference_server, capsys):
    from pingtower_desktop.cli import main

    logged_in(reference_server)
    assert main(["server", "status"]) == 0
    out = capsys.readouterr().out
    assert "do not receive the server's real alerts" in out
    assert "cannot create channels through its API" in out


def test_an_older_build_that_wants_a_token_is_detected_and_synced(older_reference_server):
    server = older_reference_server
    with httpx.Client() as http:
        assert http.get(f"{server.url}/v1/api/notifications/channels").status_code == 403
    seed_wire(server, "email")
    service = make_service()
    account = USER_EMAIL if server.build == "secured" else USER_NAME
    status = run(service.login(server.url, email=account, password=USER_PASSWORD))
    expected = "reference" if server.build == "secured" else "reference-v1"
    assert status.profile.dialect == expected and status.channels_on_server == 1
    add(service, "email")
    plan, report = sync(service)
    assert report.ok and [item.op for item in plan.items] == [Op.LINK]
    edit(service, "Email Channel", smtpHost="changed.example.com")
    _, report = sync(service)
    assert report.ok and server.stored_configuration("Email Channel")["smtpHost"] == "changed.example.com"


def test_the_double_is_faithful_about_legacy_paths_and_logins(reference_server):
    with PingTowerServer("reference", build="legacy") as legacy, httpx.Client() as http:
        by_email = http.post(f"{legacy.url}/v1/api/auth/login", json={"email": USER_EMAIL, "password": USER_PASSWORD})
        by_name = http.post(f"{legacy.url}/v1/api/auth/login", json={"username": USER_NAME, "password": USER_PASSWORD})
        token = by_name.json()["token"]
        new_path = http.get(f"{legacy.url}/v1/api/notifications/channels", headers={"Authorization": f"Bearer {token}"})
        old_path = http.get(
            f"{legacy.url}/v1/api/v1/notifications/channels", headers={"Authorization": f"Bearer {token}"}
        )
    assert by_email.status_code == 400 and by_email.json()["details"] == {"username": "Username is required"}
    assert by_name.status_code == 200
    assert (new_path.status_code, old_path.status_code) == (500, 200)
