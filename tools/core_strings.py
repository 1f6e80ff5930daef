"""The texts the core shows to people, collected from its source for the ``core`` translation context.

The core is plain Python without Qt, so Qt's ``lupdate`` cannot see its texts. This walks the
core modules' syntax trees instead and collects the message ids: the first argument of every
``msg(...)`` (see ``pingtower_desktop/text.py``; multi-line texts such as the setup guides are split
into lines), and the texts the channel types declare (labels, help, guides, presets).
:func:`unmarked` finds sentences built without ``msg`` (an f-string), which no face could translate.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pingtower_desktop"
#: Where the core's user-facing texts live (the UI's own texts are found by lupdate).
CORE_SOURCES = [
    "channel_kinds.py",
    "channel_service.py",
    "draft.py",
    "wire_flags.py",
    "channels",
    "transport",
    "storage",
    "delivery",
    "server",
    "importexport.py",
    "watch",
]
#: Calls whose string arguments are never shown in the app.
_NOT_SHOWN_CALLS = {
    "set_content",
    "compile",
    "getLogger",
    "debug",
    "encode",
    "decode",
    "strftime",
    "fullmatch",
    "match",
}
#: Dict keys whose values are protocol text, not prose (HTTP headers).
_NOT_SHOWN_KEYS = {"Accept", "Accept-Encoding", "Authorization", "Content-Type"}
_LETTERS = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class CoreString:
    text: str
    path: str
    line: int


def _sources() -> list[Path]:
    files: list[Path] = []
    for name in CORE_SOURCES:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _skipped_nodes(tree: ast.AST) -> set[int]:
    """Strings under calls that never reach the screen, keys such as ``message["To"]`` and what is
    assigned to them, header values, and ``__repr__`` bodies (for developers)."""
    skipped = set()
    for node in ast.walk(tree):
        inside: list[ast.AST] = []
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in _NOT_SHOWN_CALLS:
                inside = [node]
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            inside = [node.slice]
        elif isinstance(node, ast.Assign) and all(isinstance(target, ast.Subscript) for target in node.targets):
            inside = [node.value]
        elif isinstance(node, ast.Dict):
            inside = [
                value
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant) and key.value in _NOT_SHOWN_KEYS
            ]
        elif isinstance(node, ast.FunctionDef) and node.name == "__repr__":
            inside = [node]
        for part in inside:
            skipped |= {id(child) for child in ast.walk(part)}
    return skipped


def template_of(node: ast.JoinedStr) -> str:
    parts, number = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        else:
            number += 1
            parts.append(f"%{number}")
    return "".join(parts)


def declared() -> list[CoreString]:
    """What the channel types declare: labels, help, guides, preset names and choice values."""
    import pingtower_desktop.channels as channels

    found = []
    for kind in channels.channel_types():
        where = f"channels/{kind.name.lower()}.py"
        texts = [kind.label, *kind.guide.split("\n"), *kind.presets]
        for spec in kind.fields:
            texts += [spec.label, spec.help, *(c for c in spec.choices if c.islower())]
        found += [CoreString(text.strip(), where, 0) for text in texts if text.strip()]
    return found


def _is_prose(text: str) -> bool:
    """Several words, or a word around a value (``Webhook: %1``); not a lone identifier or format."""
    literal = re.sub(r"%\d|\{\w*\}", "", text)
    words = " " in (literal if literal != text else literal.strip())
    return words and len(_LETTERS.findall(literal)) >= 4


def _is_msg(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg"


def _ids(template: str) -> list[str]:
    """A template's message ids: a multi-line text without values is translated line by line."""
    if "\n" in template and not re.search(r"\{\w+\}", template):
        return [line.strip() for line in template.split("\n") if line.strip()]
    return [template]


def collect() -> list[CoreString]:
    """Every message id of the core, once each, in source order."""
    seen: dict[str, CoreString] = {}
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if _is_msg(node) and node.args and isinstance(node.args[0], ast.Constant):
                for text in _ids(str(node.args[0].value)):
                    seen.setdefault(text, CoreString(text, str(path.relative_to(PACKAGE)), node.lineno))
    for item in declared():
        seen.setdefault(item.text, item)
    return sorted(seen.values(), key=lambda s: (s.path, s.line))


def unmarked() -> list[CoreString]:
    """Sentences the core builds with an f-string instead of ``msg``: shown in English in every language."""
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ignored = _docstring_nodes(tree) | _skipped_nodes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and id(node) not in ignored and _is_prose(template_of(node).strip()):
                found.append(CoreString(template_of(node), str(path.relative_to(PACKAGE)), node.lineno))
    return found


if __name__ == "__main__":
    for item in collect():
        print(f"{item.path}:{item.line}: {item.text}")
