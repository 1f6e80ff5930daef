"""Field metadata: what a form, the CLI and the secret split need to know about one config key.

A channel type declares its keys once, as a pydantic model whose fields carry a :class:`Ui`
annotation. :func:`field_specs` turns that declaration into plain :class:`FieldSpec` records,
so consumers never have to introspect pydantic themselves.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..text import msg

#: Text that only ever stands in for a value: the document's "your-…", "YOUR_…", "<…>", a URL ending in
#: "..." and runs of X.
STAND_IN_TEXT = re.compile(
    r"\byour[-_ ]?(?:company|service|token|app|email|bot|jwt|domain|server|password|webhook|chat)"
    r"|\bYOUR_[A-Z_]+|<YOUR[^>]*>|/\.\.\.$|X{16,}",
    re.IGNORECASE,
)


class FieldKind(StrEnum):
    TEXT = "text"
    URL = "url"
    EMAIL = "email"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    MAPPING = "mapping"


@dataclass(frozen=True)
class Ui:
    """Presentation facts for one config key, attached with ``Annotated[..., Ui(...)]``."""

    label: str
    help: str = ""
    placeholder: str = ""
    secret: bool = False
    #: Required even though the model gives a default; used by secret keys, which are
    #: absent while a stored channel is listed and must be present to save or send.
    required: bool = False
    kind: FieldKind | None = None
    #: A setting of this computer (a file path, say): kept in the local file and exports, never
    #: sent to a PingTower server nor compared by sync.
    local: bool = False
    #: The placeholder is the PingTower document's stand-in for a real value (a made-up bot token):
    #: an import never takes it as real.
    stand_in: bool = False


#: The per-channel trust of a private certificate authority (EMAIL, WEBHOOK): declared once here.
CA_FILE_UI = Ui(
    msg("CA certificate file"),
    msg(
        "Only for a server whose certificate comes from your organisation's own certificate authority: "
        "that CA's certificate (a PEM file) on this computer. It is trusted besides the system's certificates."
    ),
    "/etc/ssl/certs/company-ca.pem",
    local=True,
)


#: Which way a channel connects (every type), a setting of this computer: declared once here.
PROXY_UI = Ui(
    msg("Proxy"),
    msg(
        "Empty: as Settings ▸ Network says. “direct”: never through a proxy. Or this channel's own proxy: "
        "http://, socks5:// or socks5h://[user@]host:port (a password only for the proxy set in Settings)."
    ),
    "direct, or socks5h://proxy.example:1080",
    local=True,
)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    help: str
    placeholder: str
    secret: bool
    required: bool
    kind: FieldKind
    default: Any
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    local: bool = False
    stand_in: bool = False

    def is_stand_in(self, value: Any) -> bool:
        """True for a value the PingTower document (or a template like it) uses in place of a real one:
        this key's declared stand-in, or text such as ``your-token``, ``…/services/...``, ``XXXXXXXX``."""
        if isinstance(value, dict):
            return any(self.is_stand_in(item) for item in value.values())
        if not isinstance(value, str) or not value:
            return False
        return (self.stand_in and value == self.placeholder) or STAND_IN_TEXT.search(value) is not None


def _ui_of(info: FieldInfo) -> Ui:
    for item in info.metadata:
        if isinstance(item, Ui):
            return item
    raise TypeError(msg("field without a Ui annotation: {info}", info=f"{info!r}"))


def _strip_optional(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _kind_of(annotation: Any) -> tuple[FieldKind, tuple[str, ...]]:
    annotation = _strip_optional(annotation)
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return FieldKind.CHOICE, tuple(str(a) for a in typing.get_args(annotation))
    if origin is dict or annotation is dict:
        return FieldKind.MAPPING, ()
    if annotation is bool:
        return FieldKind.BOOLEAN, ()
    if annotation is int:
        return FieldKind.INTEGER, ()
    return FieldKind.TEXT, ()


def _bounds(info: FieldInfo) -> tuple[int | None, int | None]:
    low = high = None
    for item in info.metadata:
        low = getattr(item, "ge", low)
        high = getattr(item, "le", high)
    return low, high


def field_specs(model: type[BaseModel]) -> list[FieldSpec]:
    """The model's keys in declaration order, as records a form or the CLI can use."""
    specs = []
    for key, info in model.model_fields.items():
        ui = _ui_of(info)
        kind, choices = _kind_of(info.annotation)
        low, high = _bounds(info)
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        specs.append(
            FieldSpec(
                key=key,
                label=ui.label,
                help=ui.help,
                placeholder=ui.placeholder,
                secret=ui.secret,
                required=info.is_required() or ui.required,
                kind=ui.kind or kind,
                default=default,
                choices=choices,
                minimum=low,
                maximum=high,
                local=ui.local,
                stand_in=ui.stand_in,
            )
        )
    return specs
