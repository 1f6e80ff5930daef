"""WEBHOOK: the documented JSON payload to any HTTP endpoint, optionally HMAC-signed."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import replace
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field

from ..text import msg
from ..transport.context import DeliveryContext
from ..transport.http import RequestFailed, request, where
from ..transport.notification import Notification, iso_utc
from ..transport.probe import probe
from ..transport.result import DeliveryResult, Stopwatch
from ..transport.trust import CaFileError
from . import checks
from .base import ChannelConfig, ChannelType, Problem, register
from .fields import CA_FILE_UI, PROXY_UI, FieldKind, Ui


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
    caFile: Annotated[str, CA_FILE_UI] = ""
    proxy: Annotated[str, AfterValidator(checks.proxy_choice), PROXY_UI] = ""

    def warnings(self) -> list[Problem]:
        warning = checks.url_credential_warning(self.url, headers=True)
        return [Problem("url", warning)] if warning else []


def payload(notification: Notification) -> dict[str, Any]:
    """The document's webhook payload, key for key."""
    return {
        "username": notification.username,
        "serviceName": notification.service_name,
        "serviceUrl": notification.service_url,
        "status": notification.status,
        "severity": notification.severity,
        "message": notification.message,
        "timestamp": iso_utc(notification.timestamp),
        "metadata": notification.metadata,
    }


def signature(secret: str, body: bytes) -> str:
    """``sha256=<base64 HMAC-SHA256 of the body>``, as the PingTower server signs."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode("ascii")


def _headers(config: WebhookConfig, body: bytes) -> dict[str, str]:
    headers = dict(config.headers)
    if not any(name.lower() == "content-type" for name in headers):
        headers["Content-Type"] = "application/json"
    if config.hmacSecret:
        headers = {name: value for name, value in headers.items() if name.lower() != config.signatureHeader.lower()}
        headers[config.signatureHeader] = signature(config.hmacSecret, body)
    return headers


def _secrets(config: WebhookConfig) -> list[str]:
    return [*config.headers.values(), config.hmacSecret]


async def send(config: WebhookConfig, notification: Notification, ctx: DeliveryContext) -> DeliveryResult:
    """Any 2xx answer is delivered; otherwise the status and the start of the body say why not."""
    watch = Stopwatch()
    body = json.dumps(payload(notification), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        client = ctx.http_to(config.url, config.caFile)
        answer = await request(
            client, config.method, config.url, timeout=config.timeout, content=body, headers=_headers(config, body)
        )
    except CaFileError as error:
        return DeliveryResult(False, watch.ms(), msg("Webhook: {error}", error=error))
    except RequestFailed as failure:
        return DeliveryResult(False, watch.ms(), msg("Webhook: {failure}", failure=failure)).scrubbed(_secrets(config))
    reply = answer.excerpt()
    if answer.ok:
        result = DeliveryResult(
            True,
            watch.ms(),
            msg("Delivered: {where} answered {status_line}", where=where(config.url), status_line=answer.status_line),
        )
    else:
        gist = answer.gist()
        detail = f": {gist}" if gist else msg(" with an empty body")
        message = msg(
            "Webhook: {where} answered {status_line}{detail}",
            where=where(config.url),
            status_line=answer.status_line,
            detail=detail,
        )
        result = DeliveryResult(False, watch.ms(), message)
    return replace(result, status_code=answer.status_code, reply=reply).scrubbed(_secrets(config))


async def check(config: WebhookConfig, ctx: DeliveryContext) -> DeliveryResult:
    """The URL's shape and a TCP/TLS connect within the channel's timeout; nothing is sent."""
    watch = Stopwatch()
    try:
        checks.http_url(config.url)
        reached = await probe(
            config.url,
            ssl_context=ctx.trust(config.caFile),
            timeout=config.timeout,
            proxy=ctx.route.for_url(config.url),
        )
    except CaFileError as error:
        return DeliveryResult(False, watch.ms(), msg("Webhook: {error}", error=error))
    except ValueError as error:
        return DeliveryResult(False, watch.ms(), msg("Webhook: the URL {error}", error=error))
    except RequestFailed as failure:
        return DeliveryResult(False, watch.ms(), msg("Webhook: {failure}", failure=failure))
    return DeliveryResult(True, watch.ms(), msg("The URL looks right and {reached}; nothing was sent", reached=reached))


WEBHOOK = register(
    ChannelType(
        name="WEBHOOK",
        config_model=WebhookConfig,
        send=send,
        check=check,
        import_key="webhook",
        documented_keys=("url", "method", "headers", "timeout"),
        peer_key="url",
        guide=msg(
            "Sends the documented JSON payload (username, serviceName, serviceUrl, status, "
            "severity, message, timestamp, metadata) to your URL; any 2xx answer counts as delivered."
        ),
    )
)
