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
_PLACEHOLDER = re.compile(r"(%\d)")


@cache
def _template_list() -> list[str]:
    data = resource_bytes("translations", "core_templates.json")
    return json.loads(data) if data else []


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)
    regex = "".join("(.+?)" if _PLACEHOLDER.fullmatch(part) else re.escape(part) for part in parts)
    return re.compile(f"^{regex}$", re.DOTALL)


def _translating() -> bool:
    """Whether the installed catalogue has the core context (English has none: nothing to do)."""
    return QCoreApplication.translate(CONTEXT, "is required") != "is required"


def core_tr(text: str) -> str:
    """``text`` in the UI language; texts the catalogue lacks are shown as they are."""
    if not text or not _translating():
        return text
    if "\n" in text:
        return "\n".join(core_tr(line) if line else line for line in text.split("\n"))
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for template in _template_list():
        match = _pattern(template).match(text)
        if match:
            result = QCoreApplication.translate(CONTEXT, template)
            for number, value in enumerate(match.groups(), start=1):
                result = result.replace(f"%{number}", core_tr(value))
            return result
    return text
