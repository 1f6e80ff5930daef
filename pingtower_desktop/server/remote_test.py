"""A test notification sent by the server (``POST …/{id}/test``) instead of from this computer."""

from __future__ import annotations

from ..channels import Channel
from ..text import msg
from ..transport.result import DeliveryResult, Stopwatch
from .client import ServerClient
from .errors import ServerError

NOT_REPORTED = msg("the server accepted the test; it does not report delivery")


async def ask_server_to_test(
    client: ServerClient,
    server_id: str,
    channel: Channel,
    *,
    message: str | None = None,
    username: str | None = None,
) -> DeliveryResult:
    """The server's verdict as a DeliveryResult (``delivered`` means accepted where the server cannot say more)."""
    watch = Stopwatch()
    try:
        answer = await client.test_channel(server_id, message=message, username=username, name=channel.name)
    except ServerError as error:
        text = str(error)
        if msg("No enum constant") in text:
            text = msg(
                "the server cannot send {label} channels (it does not implement {name}) — test it directly from this computer instead",
                label=channel.type.label,
                name=channel.type.name,
            )
        result = DeliveryResult(False, watch.ms(), text, error.status_code)
        return result.scrubbed(channel.secret_values())
    said = msg(" (it said: {message})", message=answer.message) if answer.message else ""
    if answer.delivered is None:
        result = DeliveryResult(True, watch.ms(), NOT_REPORTED + said, answer.status_code, answer.message or None)
    elif answer.delivered:
        result = DeliveryResult(True, watch.ms(), msg("the server sent the test") + said, answer.status_code)
    else:
        result = DeliveryResult(
            False, watch.ms(), msg("the server could not deliver the test") + said, answer.status_code
        )
    return result.scrubbed(channel.secret_values())
