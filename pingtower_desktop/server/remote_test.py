"""A test notification sent by the server (``POST …/{id}/test``) instead of from this computer."""

from __future__ import annotations

from ..channels import Channel
from ..text import message_of, msg
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
        text = message_of(error)
        if "No enum constant" in error.said:  # the reference server's words for a type it lacks
            text = msg(
                "the server cannot send {label} channels (it does not implement {name}) — test it directly from this computer instead",
                label=channel.type.label,
                name=channel.type.name,
            )
        result = DeliveryResult(False, watch.ms(), text, error.status_code)
        return result.scrubbed(channel.secret_values())
    if answer.delivered is None:
        verdict = NOT_REPORTED
    else:
        verdict = msg("the server sent the test") if answer.delivered else msg("the server could not deliver the test")
    if answer.message:
        verdict = msg("{verdict} (it said: {words})", verdict=verdict, words=answer.message)
    result = DeliveryResult(
        answer.delivered is not False,
        watch.ms(),
        verdict,
        answer.status_code,
        answer.message or None if answer.delivered is None else None,
        reported=answer.delivered is not None,
    )
    return result.scrubbed(channel.secret_values())
