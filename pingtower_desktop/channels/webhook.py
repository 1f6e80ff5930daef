"""WEBHOOK: the documented JSON payload to any HTTP endpoint, optionally HMAC-signed."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from . import checks
from .base import ChannelConfig, ChannelType, register
from .fields import FieldKind, Ui


class WebhookConfig(ChannelConfig):
    url: Annotated[
        str, AfterValidator(checks.http_url), Ui("URL", "", "https://your-service.com/webhook", kind=FieldKind.URL)
    ]
    method: Annotated[Literal["POST", "PUT"], Ui("Method", "The HTTP method of the request.")] = "POST"
    headers: Annotated[
        dict[str, str],
        AfterValidator(checks.headers),
        Ui(
            "Headers",
            "Extra HTTP headers, e.g. Authorization. Their values are kept as secrets.",
            "Authorization: Bearer your-token",
            secret=True,
        ),
    ] = Field(default_factory=dict)
    timeout: Annotated[int, Field(ge=1, le=300), Ui("Timeout (s)", "Seconds to wait for an answer, 1–300.", "30")] = 30
    hmacSecret: Annotated[
        str,
        Ui(
            "Signing secret",
            "When set, the body is signed with HMAC-SHA256 (as the PingTower server does).",
            secret=True,
        ),
    ] = ""
    signatureHeader: Annotated[
        str,
        AfterValidator(checks.header_name),
        Ui("Signature header", "Carries sha256=<base64 HMAC of the body>.", "X-Signature-256"),
    ] = "X-Signature-256"


async def send(config, notification, ctx):
    raise NotImplementedError


async def check(config, ctx):
    raise NotImplementedError


WEBHOOK = register(
    ChannelType(
        name="WEBHOOK",
        label="Webhook",
        config_model=WebhookConfig,
        send=send,
        check=check,
        import_key="webhook",
        guide="Sends the documented JSON payload (username, serviceName, serviceUrl, status, "
        "severity, message, timestamp, metadata) to your URL; any 2xx answer counts as delivered.",
    )
)
