"""The texts the core shows to people, collected from its source for the ``core`` translation context.

The core is plain Python without Qt, so Qt's ``lupdate`` cannot see its texts. This walks the
core modules' syntax trees instead and keeps every string or f-string that reads as prose
(skipping docstrings and the bodies of sent e-mails). An f-string becomes a template whose
values are ``%1``, ``%2`` …; ``pingtower_desktop/ui/core_text.py`` matches shown texts against
those templates at run time. Multi-line texts (the setup guides) are split into lines.
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
    "wire_flags.py",
    "channels",
    "transport",
    "storage",
    "delivery",
    "server",
    "importexport.py",
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
_NOT_SHOWN_KEYS = {"Accept", "Authorization", "Content-Type"}
_LETTERS = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class CoreString:
    text: str
    path: str
    line: int

    @property
    def is_template(self) -> bool:
        return bool(re.search(r"%\d", self.text))


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


def _numbered(text: str) -> str:
    """``str.format`` fields (``{name}``) become ``%1``, ``%2`` … as in f-string templates."""
    count = iter(range(1, 100))
    return re.sub(r"\{\w*\}", lambda _: f"%{next(count)}", text)


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
    literal = re.sub(r"%\d", "", text)
    words = " " in (literal if literal != text else literal.strip())
    return words and len(_LETTERS.findall(literal)) >= 4


def collect() -> list[CoreString]:
    """Every shown text of the core, once each, in source order."""
    seen: dict[str, CoreString] = {}
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ignored = _docstring_nodes(tree) | _skipped_nodes(tree)
        inner_constants = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            if id(node) in ignored or id(node) in inner_constants:
                continue
            if isinstance(node, ast.JoinedStr):
                texts = [template_of(node)]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts = [_numbered(line) for line in node.value.split("\n")]
            else:
                continue
            for text in texts:
                text = text.strip()
                if _is_prose(text) and text not in seen:
                    seen[text] = CoreString(text, str(path.relative_to(PACKAGE)), node.lineno)
    for item in declared():
        seen.setdefault(item.text, item)
    return sorted(seen.values(), key=lambda s: (s.path, s.line))


if __name__ == "__main__":
    for item in collect():
        print(f"{item.path}:{item.line}: {item.text}")
