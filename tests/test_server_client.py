"""The REST client against the loopback PingTower server, in both dialects, and every failure it maps."""

from __future__ import annotations

import json

import httpx
import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.server.client import ServerClient
from pingtower_desktop.server.dialects import DOCUMENTED, REFERENCE
from pingtower_desktop.server.errors import ErrorKind, ServerError
from pingtower_desktop.server.remote_test import NOT_REPORTED, ask_server_to_test
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer, make_jwt
from tests.server_helpers import EMAIL_PASSWORD, HEADER_SECRET, SAMPLES, TELEGRAM_TOKEN, run, seed_wire


def channel(sample: str, **changes) -> Channel:
    return Channel.from_wire({**SAMPLES[sample], **changes})


def dialect_of(server: PingTowerServer):
    return DOCUMENTED if server.dialect == "documented" else REFERENCE


async def _with(server: PingTowerServer, call, *, token: str | None = "login", api=None, timeout: float = 5.0, **kw):
    async with ServerClient(server.url, api or dialect_of(server), None, timeout=timeout, **kw) as client:
        if token == "login":
            client.token = (await client.login(USER_EMAIL, USER_PASSWORD)).token
        else:
            client.token = token
        return await call(client)


def call(server, fn, **kw):
    return run(_with(server, fn, **kw))


def failure(server, fn, **kw) -> ServerError:
    with pytest.raises(ServerError) as caught:
        call(server, fn, **kw)
    return caught.value


# --- both dialects ---


def test_create_list_update_delete_round_trip(documented_server):
    async def body(client: ServerClient):
        created = await client.create_channel(channel("email"))
        listed = await client.list_channels()
        renamed = channel("email", name="Renamed", enabled=False)
        updated = await client.update_channel(created.id, renamed)
        gone = await client.delete_channel(created.id)
        again = await client.delete_channel(created.id)
        return created, listed, updated, gone, again, await client.list_channels()

    created, listed, updated, gone, again, after = call(documented_server, body)
    assert created.id == "1" and [c.id for c in listed] == ["1"]
    assert created.configuration["fromEmail"] == "alerts@example.com"
    assert created.configuration["password"] == EMAIL_PASSWORD  # the server returns secrets
    assert (updated.name, updated.enabled) == ("Renamed", False)
    assert (gone, again, after) == (True, False, [])


def test_list_update_delete_round_trip_on_the_reference_server(reference_server):
    server_id = str(seed_wire(reference_server, "email"))

    async def body(client: ServerClient):
        listed = await client.list_channels()
        updated = await client.update_channel(server_id, channel("email", name="Renamed", enabled=False))
        gone = await client.delete_channel(server_id)
        again = await client.delete_channel(server_id)
        return listed, updated, gone, again, await client.list_channels()

    listed, updated, gone, again, after = call(reference_server, body)
    assert [c.id for c in listed] == [server_id]
    assert listed[0].configuration["fromEmail"] == "alerts@example.com"  # under this app's key names
    assert listed[0].configuration["password"] == EMAIL_PASSWORD  # secrets come back in plain text
    assert (updated.name, updated.enabled) == ("Renamed", False)
    assert (gone, again, after) == (True, False, [])


def test_the_reference_server_cannot_create_channels(reference_server):
    error = failure(reference_server, lambda client: client.create_channel(channel("email")))
    assert error.kind is ErrorKind.SERVER and error.status_code == 500
    assert "Unexpected error" in str(error) and EMAIL_PASSWORD not in str(error)
    assert reference_server.channels == {}


def test_detection_finds_each_dialect(pingtower_server):
    found = call(pingtower_server, lambda client: client.detect_dialect(), token=None)
    assert found.name == pingtower_server.dialect


def test_detection_names_both_paths_when_nothing_answers(webhook_peer):
    webhook_peer.reply = type(webhook_peer.reply)(404, "no")

    async def body():
        async with ServerClient(webhook_peer.url, DOCUMENTED) as client:
            await client.detect_dialect()

    with pytest.raises(ServerError) as caught:
        run(body())
    assert "/v1/api/notifications/channels" in str(caught.value)
    assert "/api/v1/notifications/channels" in str(caught.value)


def test_bad_password_asks_to_check_the_credentials(documented_server):
    async def body(client: ServerClient):
        await client.login(USER_EMAIL, "wrong")

    error = failure(documented_server, body, token=None)
    assert error.kind is ErrorKind.AUTH
    assert "e-mail or password was not accepted" in str(error)
    assert "wrong" not in str(error)


def test_a_500_at_login_is_not_called_a_wrong_password(reference_server):
    async def body(client: ServerClient):
        await client.login(USER_EMAIL, "wrong")

    error = failure(reference_server, body, token=None)
    assert error.kind is ErrorKind.SERVER and error.status_code == 500
    assert str(error) == (
        "logging in: the server failed (500 Internal Server Error: internal_error: Unexpected error) and did not "
        "say whether the e-mail or password is wrong — check them, or the server's log"
    )


def test_test_call_sends_message_and_username(pingtower_server):
    server_id = str(seed_wire(pingtower_server, "email"))

    async def body(client: ServerClient):
        return await client.test_channel(server_id, message="Custom test message", username="testuser")

    answer = call(pingtower_server, body)
    assert pingtower_server.tests == [(1, {"message": "Custom test message", "username": "testuser"})]
    assert answer.status_code == 200


def test_a_server_error_carries_its_message(pingtower_server):
    pingtower_server.script(500, {"code": "internal_error", "message": "Database is down", "details": None})
    error = failure(pingtower_server, lambda client: client.list_channels(), token=make_jwt())
    assert error.kind is ErrorKind.SERVER
    assert "the server failed (500 Internal Server Error): Database is down" in str(error)


def test_validation_details_name_each_field_and_hide_secrets(pingtower_server):
    details = {"name": "must not be blank", "configuration.botToken": f"bad token {TELEGRAM_TOKEN}"}
    pingtower_server.script(400, {"code": "validation_error", "message": "Validation failed", "details": details})
    error = failure(pingtower_server, lambda client: client.create_channel(channel("telegram")), token=make_jwt())
    assert error.kind is ErrorKind.VALIDATION
    assert "name: must not be blank" in str(error)
    assert "configuration.botToken: bad token ••••" in str(error)
    assert TELEGRAM_TOKEN not in str(error) and TELEGRAM_TOKEN not in json.dumps(error.details)


def test_a_refused_connection_says_nothing_listens(closed_port_url):
    async def body():
        async with ServerClient(closed_port_url, DOCUMENTED, make_jwt()) as client:
            await client.list_channels()

    with pytest.raises(ServerError) as caught:
        run(body())
    assert caught.value.kind is ErrorKind.REFUSED
    assert "connection refused" in str(caught.value) and caught.value.stops_sync


def test_a_server_that_never_answers_times_out(pingtower_server):
    pingtower_server.stop_after(0, "hang")
    error = failure(pingtower_server, lambda client: client.list_channels(), token=make_jwt(), timeout=0.3)
    assert error.kind is ErrorKind.TIMEOUT
    assert "timed out after 0.3 s" in str(error)


def test_a_dropped_connection_is_a_network_failure(pingtower_server):
    pingtower_server.stop_after(0, "drop")
    error = failure(pingtower_server, lambda client: client.list_channels(), token=make_jwt())
    assert error.kind is ErrorKind.NETWORK and error.stops_sync
    assert "closed the connection" in str(error)


def test_an_untrusted_certificate_is_a_tls_problem(https_server_context):
    with PingTowerServer("documented", tls=https_server_context) as server:
        error = failure(server, lambda client: client.list_channels(), token=make_jwt())
    assert error.kind is ErrorKind.TLS
    assert "TLS certificate problem" in str(error)


def test_a_trusted_certificate_works(https_server_context, https_client_context):
    with PingTowerServer("documented", tls=https_server_context) as server:
        listed = call(server, lambda client: client.list_channels(), ssl_context=https_client_context)
    assert listed == []


# --- documented dialect ---


@pytest.mark.parametrize(
    "token", [None, "not-a-jwt", make_jwt(expires_in=-5), make_jwt(secret=b"someone else's key")], ids=str
)
def test_documented_server_refuses_missing_bad_and_expired_tokens(documented_server, token):
    error = failure(documented_server, lambda client: client.list_channels(), token=token)
    assert error.kind is ErrorKind.AUTH and error.status_code == 401
    assert "log in again" in str(error)
    assert not token or token not in str(error)


def test_documented_get_one_default_and_set_default(documented_server):
    async def body(client: ServerClient):
        first = await client.create_channel(channel("email"))
        second = await client.create_channel(channel("webhook"))
        none_yet = await client.get_default()
        await client.set_default(second.id, channel("webhook"))
        return none_yet, await client.get_default(), await client.get_channel(first.id)

    none_yet, default, first = call(documented_server, body)
    assert none_yet is None
    assert (default.name, default.is_default) == ("Custom Webhook", True)
    assert first.name == "Email Channel" and first.is_default is False


def test_documented_test_result_reports_delivery(documented_server):
    documented_server.test_delivers = False

    async def body(client: ServerClient):
        created = await client.create_channel(channel("email"))
        return await ask_server_to_test(client, created.id, channel("email"))

    result = call(documented_server, body)
    assert not result.delivered
    assert "could not deliver" in result.message and "chat not found" in result.message


def test_documented_keeps_typed_values_and_header_objects(documented_server):
    call(documented_server, lambda client: client.create_channel(channel("webhook")))
    stored = documented_server.by_name("Custom Webhook")["configuration"]
    assert stored["headers"] == {"Authorization": HEADER_SECRET}
    assert stored["timeout"] == 30


# --- reference dialect ---


def test_reference_sends_strings_and_its_own_email_keys(reference_server):
    server_id = str(seed_wire(reference_server, "email", name="Old"))
    updated = call(reference_server, lambda client: client.update_channel(server_id, channel("email")))
    stored = reference_server.stored_configuration("Email Channel")
    assert stored["from"] == "alerts@example.com" and stored["to"] == "oncall@example.com"
    assert (stored["smtpPort"], stored["useStartTLS"], stored["useSSL"]) == ("587", "true", "false")
    assert "fromEmail" not in stored and "isDefault" not in reference_server.bodies[-1]
    assert all(isinstance(value, str) for value in reference_server.bodies[-1]["configuration"].values())
    assert updated.configuration["fromEmail"] == "alerts@example.com"  # read back under this app's names
    assert updated.is_default is None


def test_reference_never_gets_webhook_headers(reference_server):
    server_id = str(seed_wire(reference_server, "webhook"))
    call(reference_server, lambda client: client.update_channel(server_id, channel("webhook")))
    stored = reference_server.stored_configuration("Custom Webhook")
    assert "headers" not in stored
    assert HEADER_SECRET not in json.dumps(reference_server.channels)
    assert stored["url"] == "https://hooks.example.com/in"  # stored, though never shown back
    assert "url" not in reference_server.shown_configuration("Custom Webhook")


def test_reference_read_back_is_lossy(reference_server):
    seed_wire(reference_server, "telegram")
    listed = call(reference_server, lambda client: client.list_channels())
    assert "botToken" not in listed[0].configuration  # 123456789:… holds a ':'
    assert listed[0].configuration["chatId"] == "-1001234567890"


def test_reference_has_no_get_one_or_default(reference_server):
    server_id = str(seed_wire(reference_server, "email"))
    assert call(reference_server, lambda client: client.get_channel(server_id)).name == "Email Channel"  # via list
    error = failure(reference_server, lambda client: client.get_default())
    assert error.kind is ErrorKind.UNSUPPORTED and "kept on this computer" in str(error)


def test_reference_not_found_has_an_empty_body(reference_server):
    error = failure(reference_server, lambda client: client.update_channel("42", channel("email")))
    assert error.kind is ErrorKind.NOT_FOUND
    assert str(error) == "updating 'Email Channel' on the server: not found on the server (404)"


def test_reference_test_is_accepted_not_delivered(reference_server):
    server_id = str(seed_wire(reference_server, "telegram"))
    result = call(
        reference_server, lambda client: ask_server_to_test(client, server_id, channel("telegram"), message="hello")
    )
    assert result.delivered
    assert result.message.startswith(NOT_REPORTED)
    assert "Test notification sent successfully to Telegram Channel" in result.message


def test_reference_cannot_test_slack(reference_server):
    server_id = str(seed_wire(reference_server, "slack"))
    result = call(reference_server, lambda client: ask_server_to_test(client, server_id, channel("slack")))
    assert not result.delivered and result.status_code == 500
    assert "cannot send Slack channels" in result.message and "directly" in result.message


def test_reference_server_quirks_hold(reference_server):
    """The peer itself, as AlertController and GlobalExceptionHandler answer."""
    base = f"{reference_server.url}/v1/api/notifications/channels"
    server_id = seed_wire(reference_server, "email")
    with httpx.Client() as http:
        body = {"name": "x", "type": "ANYTHING", "configuration": {"smtpHost": "h", "smtpPort": 25, "n": None}}
        created = http.post(base, json=body)
        nested = http.put(f"{base}/{server_id}", json={**body, "configuration": {"headers": {"A": "b"}}})
        partial = http.put(f"{base}/999", json={"enabled": False})  # validated before the id is looked up
        not_numeric = http.put(f"{base}/abc", json=body)
        replaced = http.put(f"{base}/{server_id}", json=body)  # no "enabled": true; any type text
        get_one = http.get(f"{base}/{server_id}")
        slash = http.get(f"{base}/")
        outside = http.get(f"{reference_server.url}/api/v1/notifications/channels")
        deleted, missing = http.delete(f"{base}/{server_id}"), http.delete(f"{base}/{server_id}")
    assert created.status_code == 500 and created.json() == {
        "code": "internal_error",
        "message": "Unexpected error",
        "details": None,
    }
    assert nested.status_code == 400 and nested.json()["message"] == "Malformed or unreadable request body"
    assert partial.status_code == 400 and partial.json()["details"] == {
        "name": "Channel name is required",
        "type": "Channel type is required",
        "configuration": "Configuration is required",
    }
    assert not_numeric.status_code == 400 and "abc" in not_numeric.json()["message"]
    assert replaced.status_code == 200 and replaced.json()["enabled"] is True
    assert replaced.json()["type"] == "ANYTHING" and "isDefault" not in replaced.json()
    assert replaced.json()["configuration"] == {"smtpHost": "h", "smtpPort": "25", "n": "null"}
    assert (get_one.status_code, slash.status_code, outside.status_code) == (500, 500, 404)
    assert (deleted.status_code, missing.status_code, missing.content) == (204, 404, b"")


def test_a_redirect_is_said_as_one_and_never_followed_with_the_token(documented_server):
    """A server (or a proxy before it) that moved: the login is not blamed, and the token goes nowhere else."""
    elsewhere = "https://pingtower.example.net/api/v1/auth/login"
    documented_server.script(302, None, {"Location": elsewhere})
    with pytest.raises(ServerError) as caught:
        call(documented_server, lambda client: client.list_channels())  # the login answers 302
    error = caught.value
    assert error.kind is ErrorKind.PROTOCOL and "not accepted" not in str(error)
    assert f"the server redirects to {elsewhere} (302 Found)" in str(error) and "log in with that URL" in str(error)
    token = make_jwt()
    documented_server.script(307, None, {"Location": elsewhere})
    error = failure(documented_server, lambda client: client.list_channels(), token=token)
    assert "redirects to" in str(error) and documented_server.count() == 2  # no request followed the redirect
