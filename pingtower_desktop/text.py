"""Messages as data: what the core says to people, as a message id with named values.

``msg("connection refused by {where}: nothing is listening there", where="127.0.0.1:9")`` is a
:class:`Text`: a ``str`` holding the English sentence (so the CLI, logs and tests read it as they
always did) that also keeps its template — the message id, marked for translation where it is
written: ``tools/core_strings.py`` collects the first argument of every ``msg(...)`` — and the values
filled in. A face in another language translates the template, then fills in the values: a value
that is itself a :class:`Text` (a reason inside a sentence, a channel type's label) is translated in
turn; any other value (a name, a host, a status code, a server's own words) is shown as it is.

A text built from a message by ordinary string operations (``+``, an f-string) is plain English
again; the core builds its sentences with ``msg`` and :func:`joined` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

#: A message's values: ``str`` (a Text or a plain value) or anything ``str()`` shows (a number).
Values = Mapping[str, object]
#: The most of one value a message quotes: a name or a peer's words may be megabytes long.
VALUE_LIMIT = 1000


def _quoted(value: object) -> object:
    """A plain text value cut to :data:`VALUE_LIMIT` characters (a message inside a message is whole: its own
    values are cut)."""
    if isinstance(value, str) and not isinstance(value, Text) and len(value) > VALUE_LIMIT:
        return value[: VALUE_LIMIT - 1] + "…"
    return value


class Text(str):
    """English text that remembers its template (the message id) and its named values."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: Values | None = None) -> Text:
        filled = {name: _quoted(value) for name, value in (values or {}).items()}
        english = template.format_map(filled) if filled else template
        text = super().__new__(cls, english)
        text.template = template
        text.values = filled
        return text

    def map_values(self, change: Callable[[str], str]) -> Text:
        """The same message with ``change`` applied to every plain text value, in nested messages too
        (to cut secrets out, say). Templates are the product's own words and stay."""

        def mapped(value: object) -> object:
            if isinstance(value, Text):
                return value.map_values(change)
            return change(value) if isinstance(value, str) else value

        return Text(self.template, {name: mapped(value) for name, value in self.values.items()})

    def to_data(self) -> dict[str, Any]:
        """A JSON form that :func:`from_data` turns back into the message (for the history file)."""
        values = {
            name: value.to_data()
            if isinstance(value, Text)
            else value
            if isinstance(value, int | float)
            else str(value)
            for name, value in self.values.items()
        }
        return {"id": self.template, "values": values}

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.values))


def msg(template: str, /, **values: object) -> Text:
    """A message: ``template`` with ``{name}`` fields, filled from ``values``. The template must be a
    literal: it is the message id translators see. An exception among the values stands for what it says."""
    return Text(template, {name: message_of(v) if isinstance(v, BaseException) else v for name, v in values.items()})


def joined(separator: str, parts: Iterable[str]) -> Text:
    """``separator.join(parts)``, keeping each part's message (a separator is no message of its own)."""
    items = list(parts)
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{part{i}}}" for i in range(len(items)))
    return Text(template, {f"part{i}": part for i, part in enumerate(items)})


def from_data(data: object) -> Text | None:
    """The message :meth:`Text.to_data` wrote, or None for data that is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not isinstance(data.get("values"), dict):
        return None
    values: dict[str, object] = {}
    for name, value in data["values"].items():
        nested = from_data(value) if isinstance(value, dict) else None
        values[str(name)] = nested if nested is not None else value
    try:
        return Text(data["id"], values)
    except (KeyError, IndexError, ValueError):  # a hand-edited file
        return None


def message_of(error: BaseException) -> str:
    """What an exception says, as a message where it has one (its ``message``, or its one argument)."""
    own = getattr(error, "message", None)
    if isinstance(own, Text):
        return own
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)
