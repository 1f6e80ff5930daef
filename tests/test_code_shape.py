"""The shape issue 20 asked of the editor and the rules: small modules, plain functions, no nested event loop,
every message filled in one pass."""

from __future__ import annotations

import subprocess
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pingtower_desktop"
#: The editor's state and the rules of a change: each function at most this complex (radon's cyclomatic count).
SIMPLE = 10
NEW_SHAPE = ["draft.py", "channel_service.py", "ui/editor/editor.py", "ui/editor/editor_layout.py",
             "ui/editor/saver.py", "ui/navigator.py", "ui/channel_store.py"]  # fmt: skip


def test_the_editor_and_the_rules_of_a_change_are_made_of_simple_functions():
    from radon.complexity import cc_visit

    complex_ones = [
        f"{name}: {block.name} ({block.complexity})"
        for name in NEW_SHAPE
        for block in cc_visit((PACKAGE / name).read_text())
        if block.complexity > SIMPLE
    ]
    assert complex_ones == []


def test_the_store_and_the_editor_are_small_modules():
    for name in ("ui/channel_store.py", "ui/editor/editor.py"):
        assert len((PACKAGE / name).read_text().splitlines()) < 350, name


def test_no_nested_event_loop_and_no_message_filled_in_several_passes():
    found = subprocess.run(["grep", "-rn", "QEventLoop", str(PACKAGE / "ui")], capture_output=True, text=True)
    assert found.stdout == ""
    found = subprocess.run(["grep", "-rn", '.replace("%', str(PACKAGE)], capture_output=True, text=True)
    assert found.stdout == ""
