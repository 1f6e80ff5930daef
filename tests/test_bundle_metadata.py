"""What the desktop bundle and a Linux desktop rely on: the .desktop file, the app icon files, both entry
points' --version, and ``pingtower-desktop --self-test`` (run here from the installed package; the bundle
itself is checked by ``make dist-check``)."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
from importlib.metadata import entry_points, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_FILE = ROOT / "resources" / "pingtower-desktop.desktop"
ICON_THEME = ROOT / "resources" / "icons" / "hicolor"
PACKAGE_ICON = ROOT / "pingtower_desktop" / "resources" / "icons" / "app.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DISTRIBUTION = "pingtower-desktop"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def script(name: str) -> str:
    """An entry point's launcher as pip installed it from the package metadata."""
    found = shutil.which(name, path=sysconfig.get_path("scripts"))
    assert found, f"{name} is not installed next to {sys.executable}: pip install -e ."
    return found


def headless_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    return env | extra


def test_desktop_file_launches_the_gui_script_with_the_shipped_icon():
    entry = desktop_entry()
    gui_scripts = {point.name for point in entry_points(group="gui_scripts") if point.value.startswith("pingtower")}
    assert entry["Type"] == "Application"
    assert entry["Name"] == "PingTower Desktop"
    assert entry["Exec"].split()[0] in gui_scripts
    assert (ICON_THEME / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate (desktop-file-utils)")
def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_desktop_icon_is_the_apps_svg_rendered_at_every_size():
    assert (ICON_THEME / "scalable" / "apps" / "pingtower-desktop.svg").read_bytes() == PACKAGE_ICON.read_bytes(), (
        "app.svg changed: run tools/render-icons.py"
    )
    for size in ICON_SIZES:
        png = (ICON_THEME / f"{size}x{size}" / "apps" / "pingtower-desktop.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)


@pytest.mark.parametrize("name", ["pingtower-desktop", "pingtower-desktop-cli"])
def test_both_entry_points_report_the_package_version(name):
    result = subprocess.run([script(name), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{name} {version(DISTRIBUTION)}"


def test_self_test_passes_without_a_display():
    if not any((ROOT / "pingtower_desktop" / "resources" / "translations").glob("pingtower_*.qm")):
        pytest.skip("the package ships no compiled translations yet (issue 3), which the self-test requires")
    result = subprocess.run(
        [script("pingtower-desktop"), "--self-test"], capture_output=True, text=True, timeout=120, env=headless_env()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "offscreen" in result.stdout
    assert "FAIL" not in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")


def test_self_test_fails_when_a_required_keyring_is_unusable():
    env = headless_env(
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", PINGTOWER_DESKTOP_SELFTEST_REQUIRE_KEYRING="1"
    )
    result = subprocess.run(
        [script("pingtower-desktop"), "--self-test"], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 1
    assert "FAIL  keyring: null" in result.stdout
