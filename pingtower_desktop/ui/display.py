"""Whether Qt can open a window here; without one Qt would abort with a core dump.

The texts are translated without a running application (there is none yet).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .filled import filled

# Qt platform plugins that need no display server.
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
_LOCAL_DISPLAY = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


NOT_SET = str(QT_TRANSLATE_NOOP("display", "DISPLAY is not set"))
NO_SERVER = str(QT_TRANSLATE_NOOP("display", "no X server is listening on display %1"))
# The whole line, with the reason as %1.
MESSAGE = str(
    QT_TRANSLATE_NOOP(
        "display",
        "pingtower-desktop: cannot open a window (%1); run it in a desktop session, "
        "or under a virtual X server: xvfb-run -a pingtower-desktop",
    )
)


def display_problem(env: Mapping[str, str] | None = None, platform: str | None = None) -> tuple[str, str] | None:
    """Why no window can be opened, as (English text with %1, its value), or None when it probably can."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if qpa.startswith(_HEADLESS_PLATFORMS):
        return None
    if env.get("WAYLAND_DISPLAY") and not qpa.startswith("xcb"):
        return None
    display = env.get("DISPLAY", "").strip()
    if not display:
        return NOT_SET, ""
    local = _LOCAL_DISPLAY.match(display)
    if local and not Path(f"/tmp/.X11-unix/X{local.group(1)}").exists():
        return NO_SERVER, display
    return None


def no_display_message(problem: tuple[str, str], language: str) -> str:
    """The one line the app prints instead of starting, in ``language`` when it has a catalogue."""
    from .i18n import app_translator

    translator = app_translator(language)

    def tr(text: str) -> str:
        return (translator.translate("display", text) if translator else "") or text

    reason, value = problem
    return filled(tr(MESSAGE), filled(tr(reason), value))
