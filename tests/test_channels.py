"""The channel declarations: the document's examples parse, bad fields are named with the reason."""

from __future__ import annotations

import json

import pytest

from pingtower_desktop.channels import Channel, ChannelInvalid, channel_type, channel_types, mask
from pingtower_desktop.channels.fields import FieldKind

DOC_FULL_CONFIGURATION = {
    "pythonBot": {
        "name": "Python Bot Channel",
        "type": "PYTHON_BOT",
        "configuration": {"botUrl": "http://localhost:5000"},
        "enabled": True,
    },
    "telegram": {
        "name": "Telegram Channel",
        "type": "TELEGRAM",
        "configuration": {"botToken": "123456789:ABCdefGHIjklMNOpqrsTUVwxyz", "chatId": "-1001234567890"},
        "enabled": True,
    },
    "email": {
        "name": "Email Channel",
        "type": "EMAIL",
        "configuration": {
            "smtpHost": "smtp.gmail.com",
            "smtpPort": 587,
            "username": "alerts@yourcompany.com",
            "password": "your-app-password",
            "fromEmail": "alerts@yourcompany.com",
            "toEmail": "oncall@yourcompany.com",
            "useTls": True,
        },
        "enabled": True,
    },
    "slack": {
        "name": "Slack Channel",
        "type": "SLACK",
        "configuration": {
            "webhookUrl": "https://hooks.slack.com/services/T0/B0/XXXX",
            "channel": "#alerts",
            "username": "PingTower Bot",
        },
        "enabled": True,
    },
    "webhook": {
        "name": "Custom Webhook",
        "type": "WEBHOOK",
        "configuration": {
            "url": "https://your-service.com/webhook",
            "method": "POST",
            "headers": {"Authorization": "Bearer your-token"},
            "timeout": 30,
        },
        "enabled": True,
    },
}


def fields_of(error: ChannelInvalid) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def test_the_five_types_are_declared_in_the_documents_order():
    assert [t.name for t in channel_types()] == ["PYTHON_BOT", "TELEGRAM", "EMAIL", "SLACK", "WEBHOOK"]
    assert {t.import_key for t in channel_types()} == set(DOC_FULL_CONFIGURATION)


@pytest.mark.parametrize("key", list(DOC_FULL_CONFIGURATION))
def test_document_examples_parse_and_round_trip(key):
    wire = DOC_FULL_CONFIGURATION[key]
    channel = Channel.from_wire(wire)
    again = Channel.from_wire(channel.to_wire("include"))
    assert again == channel
    for config_key, value in wire["configuration"].items():
        assert channel.to_wire("include")["configuration"][config_key] == value


def test_smtp_port_accepts_the_string_form_the_document_uses():
    wire = json.loads(json.dumps(DOC_FULL_CONFIGURATION["email"]))
    wire["configuration"]["smtpPort"] = "587"
    assert Channel.from_wire(wire).config.smtpPort == 587


def test_every_bad_field_is_named_with_its_reason():
    with pytest.raises(ChannelInvalid) as error:
        Channel.from_wire(
            {
                "name": "  ",
                "type": "TELEGRAM",
                "configuration": {"botToken": "not a token", "chatId": "general", "apiBaseUrl": "ftp://x", "chatID": 1},
            }
        )
    problems = fields_of(error)
    assert problems["name"] == "must not be blank"
    assert "digits, a colon" in problems["configuration.botToken"]
    assert "-1001234567890" in problems["configuration.chatId"]
    assert "http:// or https://" in problems["configuration.apiBaseUrl"]
    assert problems["configuration.chatID"] == "is not a key of this channel type"


@pytest.mark.parametrize(
    ("configuration", "field", "reason"),
    [
        ({"smtpPort": 0}, "configuration.smtpPort", "must be a number from 1 to"),
        ({"smtpPort": 70000}, "configuration.smtpPort", "must be a number from 1 to 65535"),
        ({"fromEmail": "alerts"}, "configuration.fromEmail", "not an e-mail address"),
        ({"toEmail": "a@b.co, nobody"}, "configuration.toEmail", "'nobody' is not an e-mail address"),
        ({"useSsl": True}, "configuration.useSsl", "not both"),
        ({"password": ""}, "configuration.password", "required when a user name is set"),
    ],
)
def test_email_rules(configuration, field, reason):
    wire = json.loads(json.dumps(DOC_FULL_CONFIGURATION["email"]))
    wire["configuration"].update(configuration)
    with pytest.raises(ChannelInvalid) as error:
        Channel.from_wire(wire)
    assert reason in fields_of(error)[field]


def test_email_relay_without_login_is_valid_and_recipients_are_normalised():
    channel = Channel.from_wire(
        {
            "name": "Relay",
            "type": "email",
            "configuration": {
                "smtpHost": "mail.yourcompany.com",
                "smtpPort": 25,
                "useTls": False,
                "fromEmail": "a@x.io",
                "toEmail": "b@x.io ,c@x.io",
            },
        }
    )
    assert channel.type is channel_type("EMAIL")
    assert channel.config.toEmail == "b@x.io, c@x.io"


@pytest.mark.parametrize(
    ("configuration", "field", "reason"),
    [
        ({"timeout": 0}, "configuration.timeout", "must be a number from 1 to"),
        ({"timeout": 301}, "configuration.timeout", "must be a number from 1 to 300"),
        ({"method": "GET"}, "configuration.method", "must be one of: POST, PUT"),
        ({"headers": {"X-A": "one\r\nX-Injected: yes"}}, "configuration.headers", "line break"),
        ({"headers": {"Bad Name": "x"}}, "configuration.headers", "header name"),
        ({"url": "your-service.com/webhook"}, "configuration.url", "http:// or https://"),
    ],
)
def test_webhook_rules(configuration, field, reason):
    wire = json.loads(json.dumps(DOC_FULL_CONFIGURATION["webhook"]))
    wire["configuration"].update(configuration)
    with pytest.raises(ChannelInvalid) as error:
        Channel.from_wire(wire)
    assert reason in fields_of(error)[field]


def test_chat_id_accepts_numbers_and_public_names():
    for chat in (-1001234567890, "12345", "@pingtower_alerts"):
        wire = {"name": "T", "type": "TELEGRAM", "configuration": {"botToken": "1:a", "chatId": chat}}
        assert Channel.from_wire(wire).config.chatId == str(chat)


def test_required_secrets_may_be_absent_only_when_listing():
    wire = {"name": "T", "type": "TELEGRAM", "configuration": {"chatId": "1"}}
    assert Channel.from_wire(wire, with_secrets=False).config.botToken == ""
    with pytest.raises(ChannelInvalid) as error:
        Channel.from_wire(wire)
    assert fields_of(error) == {"configuration.botToken": "is required"}


def test_slack_outside_hooks_slack_com_is_accepted_with_a_warning():
    wire = {"name": "MM", "type": "SLACK", "configuration": {"webhookUrl": "https://chat.example.org/hooks/abc"}}
    channel = Channel.from_wire(wire)
    assert [w.field for w in channel.config.warnings()] == ["webhookUrl"]
    assert Channel.from_wire(DOC_FULL_CONFIGURATION["slack"]).config.warnings() == []


def test_secrets_are_split_out_masked_and_restored():
    channel = Channel.from_wire(DOC_FULL_CONFIGURATION["webhook"])
    assert "headers" not in channel.to_wire("omit")["configuration"]
    assert channel.to_wire("mask")["configuration"]["headers"] == {"Authorization": "••••oken"}
    stored = channel.secrets()
    assert json.loads(stored["headers"]) == {"Authorization": "Bearer your-token"}
    bare = Channel.from_wire(channel.to_wire("omit"), with_secrets=False)
    assert bare.with_secrets(stored) == channel
    assert "your-token" not in repr(channel)


def test_mask_shows_at_most_the_last_four_characters():
    assert mask("123456789:ABCdefGHIjklMNOpqrsTUVwxyz") == "••••wxyz"
    assert mask("short") == "••••"


def test_every_field_is_declared_for_the_form():
    for kind in channel_types():
        for spec in kind.fields:
            assert spec.label, (kind.name, spec.key)
    assert channel_type("WEBHOOK").spec("headers").kind is FieldKind.MAPPING
    assert channel_type("TELEGRAM").spec("parseMode").choices == ("HTML", "MarkdownV2", "none")
    assert channel_type("EMAIL").spec("smtpPort").maximum == 65535
    assert set(channel_type("EMAIL").presets) == {"Gmail", "Outlook/Hotmail", "Yahoo", "Custom"}
    assert [k.secret_keys for k in channel_types()] == [
        (),
        ("botToken",),
        ("password",),
        ("webhookUrl",),
        ("headers", "hmacSecret"),
    ]


def test_the_core_never_imports_qt():
    import subprocess
    import sys

    code = (
        "import sys, pingtower_desktop.channels, pingtower_desktop.transport.context, pingtower_desktop.cli, "
        "pingtower_desktop.importexport, pingtower_desktop.delivery.runner, pingtower_desktop.server.service;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pingtower_desktop.ui'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr
