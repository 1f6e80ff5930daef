#!/usr/bin/env python3
"""Qt Linguist catalogues of the desktop app: ``update`` the ``.ts`` sources, ``compile`` the ``.qm`` files.

    .venv/bin/python tools/translations.py update    # after changing texts, then translate in Qt Linguist
    .venv/bin/python tools/translations.py compile   # writes the .qm files shipped in the package

The UI's texts are extracted by ``pyside6-lupdate`` into ``pingtower_<lang>.ts``; the core's texts
(see ``tools/core_strings.py``) go into ``core_<lang>.ts`` under the context ``core``. Both are
compiled into one ``pingtower_<lang>.qm``. English is the source language: its catalogue only
carries plural forms (``-pluralonly``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.core_strings import PACKAGE, collect

TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("en", "ru")
SOURCE_LANGUAGE = "en"
CORE_CONTEXT = "core"


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials (it ships {name})")
    return found


def ui_sources() -> list[Path]:
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def ts_path(kind: str, language: str) -> Path:
    return TRANSLATIONS / f"{kind}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"pingtower_{language}.qm"


def update_ui(language: str) -> None:
    command = [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-ts", str(ts_path("pingtower", language))]
    command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language, "-no-obsolete", "-locations", "none"]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def _existing(path: Path) -> dict[str, ET.Element]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {m.findtext("source"): m.find("translation") for c in root.iter("context") for m in c.iter("message")}


def update_core(language: str) -> None:
    """Writes ``core_<language>.ts``, keeping every translation already made."""
    path = ts_path("core", language)
    known = _existing(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CORE_CONTEXT
    for item in collect():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{item.path}", line=str(item.line))
        ET.SubElement(message, "source").text = item.text
        old = known.get(item.text)
        translation = ET.SubElement(message, "translation")
        if old is not None and (old.text or "") and old.get("type") not in ("unfinished", "vanished", "obsolete"):
            translation.text = old.text
        else:
            translation.set("type", "unfinished")
            translation.text = old.text if old is not None else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_all() -> None:
    for language in LANGUAGES:
        sources = [ts_path("pingtower", language)]
        if ts_path("core", language).exists():
            sources.append(ts_path("core", language))
        command = [_tool("pyside6-lrelease"), *map(str, sources), "-qm", str(qm_path(language))]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def unfinished(path: Path) -> list[str]:
    """Sources in ``path`` without a finished translation."""
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(message.findtext("source"))
    return missing


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            update_ui(language)
            if language != SOURCE_LANGUAGE:
                update_core(language)
    elif argv[:1] == ["compile"]:
        compile_all()
    elif argv[:1] == ["check"]:
        paths = sorted(TRANSLATIONS.glob("*.ts"))
        problems = {path.name: unfinished(path) for path in paths}
        for name, missing in problems.items():
            for source in missing:
                print(f"{name}: untranslated: {source}")
        return 1 if any(problems.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
