"""Which Qt plugins and translations the bundle keeps: the app is a Qt Widgets app (QtCore, QtGui,
QtWidgets, SVG icons) that does its networking with httpx, so most of what PyInstaller's PySide6 hooks
collect for a generic Qt program is dead weight.

The trimming happens in our hooks (``hooks/``), before PyInstaller follows the plugins' library
dependencies, so that dropping a plugin also drops what only it needed (the GTK 3 platform theme alone
pulls in GTK, GDK, cairo, pango and ATK).
"""

from __future__ import annotations

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from pingtower_desktop.ui.i18n import LANGUAGES

#: Plugin folder → plugins kept (by name without "lib" and extension); None keeps the whole folder.
#: Folders not listed are dropped.
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # xcb and wayland for desktops, offscreen for --self-test and headless runs, windows/cocoa elsewhere.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    # The portal theme follows the desktop's light/dark setting over D-Bus; the GTK 3 theme would add ~20 MB of GTK.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": None,  # compose key and IBus input methods
    "iconengines": {"qsvgicon"},  # the SVG icons
    "imageformats": {"qsvg"},  # PNG is built into QtGui; no other format is read
    "styles": None,  # the native widget styles on Windows and macOS
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
}
# Dropped by omission: generic (evdev input for framebuffer devices), egldeviceintegrations and the eglfs,
# linuxfb, vnc and vkkhrdisplay platforms (no desktop), xcbglintegrations and wayland-graphics-integration-client
# (OpenGL and shared GPU buffers: widgets paint in software, through X11 or Wayland shared memory; QtOpenGL goes
# with them), networkinformation and tls (QtNetwork is not used).

#: Qt's catalogue of standard buttons and dialogs; the app loads ``qtbase_<code>`` for its own languages only.
QT_CATALOGUE = "qtbase"


def plugin_kept(source: str, destination: str) -> bool:
    """``destination`` is the plugin's folder in the bundle, e.g. ``PySide6/Qt/plugins/platforms``."""
    folder = PurePath(destination).name
    if folder not in KEPT_PLUGINS:
        return False
    names = KEPT_PLUGINS[folder]
    return names is None or PurePath(source).name.split(".")[0].removeprefix("lib") in names


def translation_kept(source: str) -> bool:
    catalogue, _, code = PurePath(source).stem.partition("_")  # qtbase_ru
    return catalogue == QT_CATALOGUE and code in LANGUAGES


def trimmed_qt_dependencies(hook_file: str) -> tuple[list, list, list]:
    """What PyInstaller's own hook for this PySide6 module collects, less the unused plugins and catalogues."""
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [
        (src, dest) for src, dest in binaries if "plugins" not in PurePath(dest).parts or plugin_kept(src, dest)
    ]
    datas = [
        (src, dest)
        for src, dest in datas
        if not (src.endswith(".qm") and PurePath(dest).name == "translations") or translation_kept(src)
    ]
    return hiddenimports, binaries, datas
