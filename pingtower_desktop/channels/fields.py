"""Field metadata: what a form, the CLI and the secret split need to know about one config key.

A channel type declares its keys once, as a pydantic model whose fields carry a :class:`Ui`
annotation. :func:`field_specs` turns that declaration into plain :class:`FieldSpec` records,
so consumers never have to introspect pydantic themselves.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..text import msg


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
            )
        )
    return specs
