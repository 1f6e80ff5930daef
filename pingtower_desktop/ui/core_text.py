"""Translation of the texts the core declares in English: type labels, field labels and help,
guides, preset names, and the messages of validation problems and delivery results.

``tools/translations.py`` collects these texts from the core into the ``core_*.ts`` catalogues
(context ``core``); texts with values in them are kept as templates with ``%1``, ``%2`` …,
listed in ``resources/translations/core_templates.json`` so they can be matched at run time.
"""

from __future__ import annotations

import json
import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from .resources import resource_bytes

CONTEXT = "core"


@cache
def _templates() -> list[tuple[re.Pattern[str], str]]:
    data = resource_bytes("translations", "core_templates.json")
    templates = json.loads(data) if data else []
    patterns = []
    for template in templates:
        parts = re.split(r"(%\d)", template)
        regex = "".join("(.+?)" if re.fullmatch(r"%\d", part) else re.escape(part) for part in parts)
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return patterns


def core_tr(text: str) -> str:
    """``text`` in the UI language; texts the catalogue lacks are shown as they are."""
    if not text:
        return text
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for pattern, template in _templates():
        match = pattern.match(text)
        if match:
            result = QCoreApplication.translate(CONTEXT, template)
            if result == template:
                return text
            for number, value in enumerate(match.groups(), start=1):
                result = result.replace(f"%{number}", core_tr(value))
            return result
    return core_tr_lines(text) if "\n" in text else text


def core_tr_lines(text: str) -> str:
    """A multi-line text (such as ``a; b``) translated line by line."""
    return "\n".join(core_tr(line) if line else line for line in text.split("\n"))
