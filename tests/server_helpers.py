"""Shared by the server and sync tests: a logged-in ServerService over the isolated config dir, sample channels."""

from __future__ import annotations

import asyncio
from typing import Any

from pingtower_desktop.channels import Channel
from pingtower_desktop.server.service import ServerService
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

TELEGRAM_TOKEN = "123456789:AAFsecretTokenForSync_tests-42"
EMAIL_PASSWORD = "app-password-not-in-files"
HEADER_SECRET = "Bearer header-secret-value"

SAMPLES: dict[str, dict[str, Any]] = {
    "telegram": {
        "name": "Telegram Channel",
        "type": "TELEGRAM",
        "configuration": {"botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"},
    },
    "email": {
        "name": "Email Channel",
        "type": "EMAIL",
        "configuration": {
            "smtpHost": "smtp.example.com",
            "smtpPort": 587,
            "username": "alerts@example.com",
            "password": EMAIL_PASSWORD,
            "fromEmail": "alerts@example.com",
            "toEmail": "oncall@example.com",
        },
    },
    "webhook": {
        "name": "Custom Webhook",
        "type": "WEBHOOK",
        "configuration": {"url": "https://hooks.example.com/in", "headers": {"Authorization": HEADER_SECRET}},
    },
    "slack": {
        "name": "Slack Channel",
        "type": "SLACK",
        "configuration": {"webhookUrl": "https://hooks.slack.com/services/T0/B0/XYZ", "channel": "#alerts"},
    },
}


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def make_service(timeout: float = 5.0) -> ServerService:
    paths = AppPaths.resolve()
    secrets = SecretStore()
    return ServerService(paths, secrets, ChannelRepository(paths, secrets), timeout=timeout)


def stored_token(service: ServerService) -> str | None:
    """The login token the service's config folder holds for its server."""
    profile = service.profiles.load()
    return service.profiles.token(profile) if profile else None


def logged_in(server: PingTowerServer, timeout: float = 5.0) -> ServerService:
    service = make_service(timeout)
    run(service.login(server.url, email=USER_EMAIL, password=USER_PASSWORD))
    return service


def add(service: ServerService, sample: str, **changes: Any) -> Channel:
    wire = {**SAMPLES[sample], **changes}
    return service.repo.add(Channel.from_wire(wire))


def local(service: ServerService, name: str) -> Channel:
    return service.repo.with_secrets(service.repo.find(name))


def edit(service: ServerService, name: str, **configuration: Any) -> Channel:
    channel = local(service, name)
    config = channel.config.model_copy(update=configuration)
    return service.repo.update(channel.replace(config=config))


def sync(service: ServerService, **options: Any):
    """(plan, report) of one sync."""
    return run(service.sync(**options))


def put_on_server(service: ServerService, server: PingTowerServer, *samples: str) -> None:
    """The samples here and on the server, in sync: the sync creates them where the server can; the reference
    server cannot, so they are put there another way first (as its web app's database would hold them) and
    the sync links each pair by name."""
    for sample in samples:
        add(service, sample)
        if server.dialect == "reference":
            seed_wire(server, sample)
    plan, report = sync(service)
    assert report.ok and not plan.conflicts and not plan.waiting, [item.line() for item in plan.items]


def seed_wire(server: PingTowerServer, sample: str, **changes: Any) -> int:
    """Put a sample channel on the server as another client would (in the server's own key names)."""
    wire = {**SAMPLES[sample], **changes}
    configuration = dict(wire["configuration"])
    if server.dialect == "reference":
        renames = {"fromEmail": "from", "toEmail": "to", "useTls": "useStartTLS", "useSsl": "useSSL"}
        configuration = {
            renames.get(k, k): (str(v).lower() if isinstance(v, bool) else str(v))
            for k, v in configuration.items()
            if not isinstance(v, dict)
        }
    return server.seed(wire["name"], wire["type"], configuration)
