"""Loading the core skips PySide6's source scan of every newly imported module, and only while it loads."""

from __future__ import annotations

import builtins
import sys

import pytest
from PySide6 import QtWidgets  # noqa: F401  (PySide6 loaded: its import hook is in place)

from pingtower_desktop.ui.unscanned_imports import unscanned_imports

feature = sys.modules.get("PySide6.support.feature")
pytestmark = pytest.mark.skipif(
    feature is None or not hasattr(builtins, "__feature_import__"), reason="this PySide6 has no feature scan"
)


def fresh_module(tmp_path, monkeypatch, name: str) -> str:
    (tmp_path / f"{name}.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_a_module_imported_inside_is_not_scanned_and_one_outside_is(tmp_path, monkeypatch):
    inside, outside = fresh_module(tmp_path, monkeypatch, "ptd_inside"), fresh_module(tmp_path, monkeypatch, "ptd_out")
    scanned = feature.pyside_feature_dict

    with unscanned_imports():
        __import__(inside)
    __import__(outside)

    assert inside not in scanned
    assert scanned[outside] == -1  # read, and found not to use PySide6


def test_the_hook_is_back_afterwards_even_after_a_failed_import():
    hook = builtins.__import__

    with pytest.raises(ModuleNotFoundError), unscanned_imports():
        assert builtins.__import__ is not hook
        __import__("pingtower_desktop_no_such_module")

    assert builtins.__import__ is hook
