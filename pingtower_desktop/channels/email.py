"""EMAIL: SMTP with STARTTLS, implicit TLS or plain, AUTH when a username is set."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from . import checks
from .base import ChannelConfig, ChannelType, Problem, register
from .fields import FieldKind, Ui

GUIDE = """Gmail:
1. Turn on 2-step verification in the Google account.
2. Create an app password: Google account → Security → App passwords.
3. Use the app password here instead of the normal password.

Port 587 uses STARTTLS, port 465 implicit TLS; port 25 is usually a relay without TLS or login."""

PRESETS = {
    "Gmail": {"smtpHost": "smtp.gmail.com", "smtpPort": 587, "useTls": True, "useSsl": False},
    "Outlook/Hotmail": {"smtpHost": "smtp-mail.outlook.com", "smtpPort": 587, "useTls": True, "useSsl": False},
    "Yahoo": {"smtpHost": "smtp.mail.yahoo.com", "smtpPort": 587, "useTls": True, "useSsl": False},
    "Custom": {"smtpHost": "mail.yourcompany.com", "smtpPort": 25, "useTls": False, "useSsl": False},
}


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

    def cross_checks(self) -> list[Problem]:
        problems = []
        if self.useTls and self.useSsl:
            problems.append(Problem("useSsl", "choose one: STARTTLS (useTls) or implicit TLS (useSsl), not both"))
        if self.password and not self.username:
            problems.append(Problem("username", "is required when a password is set"))
        if self.username and not self.password:
            problems.append(Problem("password", "is required when a user name is set"))
        return problems


async def send(config, notification, ctx):
    raise NotImplementedError


async def check(config, ctx):
    raise NotImplementedError


EMAIL = register(
    ChannelType(
        name="EMAIL",
        label="E-mail",
        config_model=EmailConfig,
        send=send,
        check=check,
        import_key="email",
        guide=GUIDE,
        presets=PRESETS,
    )
)
