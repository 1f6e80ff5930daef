"""EMAIL: SMTP with STARTTLS, implicit TLS or plain, AUTH when a username is set."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, Field

from ..loopback import is_loopback
from ..text import joined, message_of, msg
from ..transport import mail
from ..transport.result import DeliveryResult, Stopwatch
from ..transport.trust import CaFileError
from . import checks
from .base import ChannelConfig, ChannelType, Problem, register
from .fields import CA_FILE_UI, PROXY_UI, FieldKind, Ui

if TYPE_CHECKING:
    from ..transport.context import DeliveryContext
    from ..transport.notification import Notification

#: How to get the password a provider's server takes, for the servers (host name endings) of that provider.
_PROVIDER_STEPS = {
    ("gmail.com", "googlemail.com", "google.com"): msg("""Gmail and Google Workspace:
1. Turn on 2-step verification in the Google account.
2. Create an app password: Google account → Security → App passwords.
3. Use the app password here instead of the normal password."""),
    ("outlook.com", "office365.com", "hotmail.com", "live.com"): msg("""Outlook and Office 365:
1. Turn on two-step verification in the Microsoft account.
2. Create an app password: Microsoft account → Security → Advanced security options → App passwords.
3. For a work mailbox, the administrator must allow authenticated SMTP for it."""),
    ("yahoo.com",): msg("""Yahoo:
1. Yahoo account → Account security → Generate app password.
2. Use that password here instead of the normal password."""),
}
_OTHER_SERVER = msg(
    "A company relay or another provider: its administrator or help pages give the server, the port and "
    "whether it asks for a login."
)
_PORTS = msg("Port 587 uses STARTTLS, port 465 implicit TLS; port 25 is usually a relay without TLS or login.")


def guide(values: Mapping[str, Any]) -> str:
    """The steps of the provider whose server the form names (none for a relay of one's own), then the ports."""
    host = str(values.get("smtpHost") or "").strip().lower().rstrip(".")
    steps = next((text for ends, text in _PROVIDER_STEPS.items() if host.endswith(ends)), _OTHER_SERVER)
    return joined("\n\n", [steps, _PORTS])


PRESETS = {
    "Gmail": {"smtpHost": "smtp.gmail.com", "smtpPort": 587, "useTls": True, "useSsl": False},
    "Outlook/Hotmail": {"smtpHost": "smtp-mail.outlook.com", "smtpPort": 587, "useTls": True, "useSsl": False},
    "Yahoo": {"smtpHost": "smtp.mail.yahoo.com", "smtpPort": 587, "useTls": True, "useSsl": False},
    "Custom": {"smtpHost": "mail.yourcompany.com", "smtpPort": 25, "useTls": False, "useSsl": False},
}


CLEAR_LOGIN = msg(
    "without STARTTLS or implicit TLS the user name and password cross the network unencrypted (unless the "
    "server offers CRAM-MD5): turn one of them on"
)
#: Said after a send or check that logged in with the password in clear.
SENT_IN_CLEAR = msg("the password crossed the network unencrypted (AUTH without TLS): turn on STARTTLS or implicit TLS")


class EmailConfig(ChannelConfig):
    smtpHost: Annotated[str, AfterValidator(checks.hostname), Ui("SMTP server", "", "smtp.gmail.com")]
    smtpPort: Annotated[
        int, Field(ge=1, le=65535), Ui("SMTP port", "587 for STARTTLS, 465 for implicit TLS.", "587")
    ] = 587
    username: Annotated[
        str, Ui("User name", "Leave empty for a relay that needs no login.", "your-email@gmail.com")
    ] = ""
    password: Annotated[
        str, Ui("Password", "The password or, for Gmail and others, an app password.", "your-app-password", secret=True)
    ] = ""
    fromEmail: Annotated[
        str,
        AfterValidator(checks.email_address),
        Ui("From", "The sender's address.", "alerts@yourcompany.com", kind=FieldKind.EMAIL),
    ]
    toEmail: Annotated[
        str,
        AfterValidator(checks.email_list),
        Ui("To", "One or more recipients, separated by commas.", "oncall@yourcompany.com", kind=FieldKind.EMAIL),
    ]
    useTls: Annotated[bool, Ui("STARTTLS", "Upgrade the connection with STARTTLS (port 587).")] = True
    useSsl: Annotated[bool, Ui("Implicit TLS", "Connect over TLS from the start (port 465).")] = False
    caFile: Annotated[str, CA_FILE_UI] = ""
    proxy: Annotated[str, AfterValidator(checks.proxy_choice), PROXY_UI] = ""

    def cross_checks(self) -> list[Problem]:
        problems = []
        if self.useTls and self.useSsl:  # whichever port: one of the two, whichever box was ticked last
            problems.append(Problem("useSsl", msg("choose one: STARTTLS or implicit TLS, not both"), also=("useTls",)))
        if self.password and not self.username:
            problems.append(Problem("username", msg("is required when a password is set"), also=("password",)))
        if self.username and not self.password:
            problems.append(Problem("password", msg("is required when a user name is set"), also=("username",)))
        return problems

    def warnings(self) -> list[Problem]:
        if self.username and not (self.useTls or self.useSsl) and not is_loopback(self.smtpHost):
            return [Problem("useTls", CLEAR_LOGIN, also=("username", "password", "useSsl"))]
        return []


def _target(config: EmailConfig) -> mail.SmtpTarget:
    if config.useSsl:
        security = mail.Security.IMPLICIT_TLS
    else:
        security = mail.Security.STARTTLS if config.useTls else mail.Security.PLAIN
    return mail.SmtpTarget(
        config.smtpHost, config.smtpPort, security, config.username, config.password, ca_file=config.caFile
    )


async def send(config: EmailConfig, notification: Notification, ctx: DeliveryContext) -> DeliveryResult:
    """One e-mail to every ``toEmail`` recipient, over the batch's pooled connection to the server."""
    target = _target(config)
    recipients = [address.strip() for address in config.toEmail.split(",")]
    message = mail.build_message(config.fromEmail, recipients, notification)
    stopwatch = Stopwatch()
    try:
        exchange = await ctx.smtp.send(target, message, ctx.route.for_target("smtp", target.host))
    except mail.SmtpError as error:
        result = DeliveryResult(False, stopwatch.ms(), message_of(error), reply=error.reply)
    else:
        sent = msg(
            "sent to {recipients} via {address} ({security})",
            recipients=", ".join(recipients),
            address=target.address,
            security=target.security,
        )
        result = DeliveryResult(True, stopwatch.ms(), _warned(sent, exchange, target), reply=exchange.reply)
    return result.scrubbed([config.password])


def _warned(said: str, exchange: mail.Exchange, target: mail.SmtpTarget) -> str:
    """``said``, and that the password crossed in clear where it did (to another computer)."""
    if exchange.password_in_clear and not is_loopback(target.bare_host):
        return msg("{said} — warning: {warning}", said=said, warning=SENT_IN_CLEAR)
    return said


async def check(config: EmailConfig, ctx: DeliveryContext) -> DeliveryResult:
    """Connect, EHLO, STARTTLS and AUTH as configured, then QUIT: proves the settings without sending mail."""
    target = _target(config)
    stopwatch = Stopwatch()
    try:
        proxy = ctx.route.for_target("smtp", target.host)
        exchange = await mail.verify(target, ctx.trust(config.caFile), ctx.timeout, proxy)
    except CaFileError as error:
        result = DeliveryResult(False, stopwatch.ms(), message_of(error))
    except mail.SmtpError as error:
        result = DeliveryResult(False, stopwatch.ms(), message_of(error), reply=error.reply)
    else:
        verified = [msg("connected to {address}", address=target.address)]
        if target.security is not mail.Security.PLAIN:
            verified.append(msg("{security} with a trusted certificate", security=target.security))
        verified.append(
            msg("logged in as {username}", username=target.username) if target.username else msg("no login configured")
        )
        said = msg("{verified}; no mail sent", verified=joined(", ", verified))
        result = DeliveryResult(True, stopwatch.ms(), _warned(said, exchange, target), reply=exchange.reply)
    return result.scrubbed([config.password])


EMAIL = register(
    ChannelType(
        name="EMAIL",
        config_model=EmailConfig,
        send=send,
        check=check,
        import_key="email",
        documented_keys=("smtpHost", "smtpPort", "username", "password", "fromEmail", "useTls"),
        peer_key="smtpHost",
        peer_scheme="smtp",
        guide_for=guide,
        presets=PRESETS,
    )
)
