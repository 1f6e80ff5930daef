"""The entry point: no display gives one line with the way out; the display check itself."""

from __future__ import annotations

from pingtower_desktop import app
from pingtower_desktop.ui.display import display_problem


def test_without_a_display_the_app_says_so_in_one_line(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert app.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "xvfb-run -a pingtower-desktop" in err
    assert "DISPLAY is not set" in err


def test_display_check():
    assert display_problem({}, "linux") == ("DISPLAY is not set", "")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"DISPLAY": ":4242"}, "linux") == ("no X server is listening on display %1", ":4242")
    assert display_problem({"DISPLAY": "remote.example:0"}, "linux") is None
    assert display_problem({}, "win32") is None
