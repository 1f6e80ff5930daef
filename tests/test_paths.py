"""Where files go: --config-dir beats the environment beats the platform's folders; nothing is created early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from pingtower_desktop.storage.paths import AppPaths


def test_the_environment_names_both_folders(tmp_path):
    # tests/conftest.py sets PINGTOWER_DESKTOP_CONFIG_DIR and PINGTOWER_DESKTOP_DATA_DIR.
    paths = AppPaths.resolve()
    assert paths.config_dir == tmp_path / "config"
    assert paths.data_dir == tmp_path / "data"
    assert paths.config_file == tmp_path / "config" / "channels.json"
    assert paths.history_file == tmp_path / "data" / "history.jsonl"


def test_the_argument_beats_the_environment(tmp_path):
    paths = AppPaths.resolve(tmp_path / "chosen")
    assert paths.config_dir == tmp_path / "chosen"
    assert paths.data_dir == tmp_path / "data"


def test_the_data_folder_follows_an_overridden_config_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("PINGTOWER_DESKTOP_DATA_DIR")
    assert AppPaths.resolve(str(tmp_path / "arg")).data_dir == tmp_path / "arg"
    assert AppPaths.resolve().data_dir == tmp_path / "config"


def test_a_relative_folder_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert AppPaths.resolve("relative").config_dir == tmp_path / "relative"


def test_without_overrides_the_platform_folders_are_used(monkeypatch):
    monkeypatch.delenv("PINGTOWER_DESKTOP_CONFIG_DIR")
    monkeypatch.delenv("PINGTOWER_DESKTOP_DATA_DIR")
    paths = AppPaths.resolve()
    assert paths.config_dir == Path(platformdirs.user_config_dir("pingtower-desktop", appauthor=False))
    assert paths.data_dir == Path(platformdirs.user_data_dir("pingtower-desktop", appauthor=False))


@pytest.mark.skipif(sys.platform != "linux", reason="uses the XDG folders")
def test_importing_and_resolving_create_no_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg"), "XDG_DATA_HOME": str(home / "data")}
    code = (
        "import pingtower_desktop.storage, pingtower_desktop.delivery.history as h;"
        "p = pingtower_desktop.storage.AppPaths.resolve(); print(p.config_dir)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == str(home / "cfg" / "pingtower-desktop")
    assert list(home.iterdir()) == []
