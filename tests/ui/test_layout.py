"""What the window shows and how it fits: the title names the channel, the Name column keeps its width,
every editor fits at 1280×800 and 800×600 in English and Russian with Save in reach, and nothing jumps."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout

from pingtower_desktop.channels import Channel
from pingtower_desktop.ui.channel_list import NAME_MIN_WIDTH
from pingtower_desktop.ui.channel_model import NAME_COLUMN
from pingtower_desktop.ui.i18n import Translations
from pingtower_desktop.ui.main_window import MainWindow

from .helpers import fill, new_channel, save, settle


def test_the_title_names_the_channel_and_marks_unsaved_changes_once(qtbot, window, context):
    assert window.windowTitle() == "PingTower Desktop[*]"
    new_channel(qtbot, window, "WEBHOOK", {"name": "Custom Webhook", "url": "https://hooks.example.org/in"})
    assert window.editor.title.text() == "Custom Webhook — new Webhook channel"
    assert window.windowTitle() == "Custom Webhook[*] — PingTower Desktop"
    save(qtbot, window)
    assert window.editor.title.text() == "Custom Webhook — Webhook channel"
    assert window.windowTitle() == "Custom Webhook[*] — PingTower Desktop"
    assert not window.isWindowModified()
    fill(qtbot, window, {"url": "https://hooks.example.org/v2"})
    assert window.isWindowModified()  # Qt shows the [*] as "*", once
    assert window.windowTitle().count("[*]") == 1 and "*" not in window.windowTitle().replace("[*]", "")
    window.editor.revert()
    window.editor.clear()
    assert window.windowTitle() == "PingTower Desktop[*]"


def test_the_names_keep_their_width_once_the_sync_column_shows(qtbot, window, context):
    context.repo.add(
        Channel.from_wire(
            {"name": "Custom Webhook", "type": "WEBHOOK", "configuration": {"url": "http://127.0.0.1:9/"}}
        )
    )
    window.reload_channels()
    settle(qtbot, window)
    window.resize(1280, 800)
    window.splitter.setSizes([1, 10_000])  # as narrow as the list will go
    window.channel_list.set_sync_badges({})  # logged in: the Sync column appears
    qtbot.wait(50)
    view = window.channel_list.view
    width = view.columnWidth(NAME_COLUMN)
    assert width >= NAME_MIN_WIDTH
    assert view.fontMetrics().horizontalAdvance("Custom Webhook") + 12 <= width  # not "Custom W…"
    assert view.horizontalScrollBar().maximum() == 0
    index = window.model.index(0, NAME_COLUMN)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Custom Webhook"
    header = view.model().headerData
    assert [header(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in (2, 3)] == ["Enabled", "Default"]


@pytest.fixture(params=["en", "ru"])
def language_window(request, qtbot, context, answers):
    """A window built in ``en`` or ``ru`` (the language is chosen before its widgets are made)."""
    translations = Translations()
    translations.use(request.param)
    main = MainWindow(context)
    main.attach(context)
    listing = main.load_channels()
    main.show()
    qtbot.waitUntil(lambda: listing.done, timeout=5000)
    yield main
    main.editor.clear()
    main.close()
    main.deleteLater()
    translations.use("en")


def one_of_each(context) -> dict[str, str]:
    wires = [
        {"name": "A Python bot", "type": "PYTHON_BOT", "configuration": {"botUrl": "http://127.0.0.1:9"}},
        {"name": "A Telegram", "type": "TELEGRAM", "configuration": {"botToken": "1:A", "chatId": "-100"}},
        {
            "name": "An e-mail",
            "type": "EMAIL",
            "configuration": {"smtpHost": "127.0.0.1", "fromEmail": "a@example.org", "toEmail": "b@example.org"},
        },
        {"name": "A Slack", "type": "SLACK", "configuration": {"webhookUrl": "https://hooks.slack.com/services/T/B/X"}},
        {
            "name": "A webhook with a rather long name, as people give them",
            "type": "WEBHOOK",
            "configuration": {"url": "https://hooks.example.org/in", "headers": {"Authorization": "Bearer x"}},
        },
    ]
    return {wire["type"]: context.repo.add(Channel.from_wire(wire)).id for wire in wires}


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_every_editor_fits_without_scrolling_sideways_and_keeps_save_in_reach(qtbot, language_window, context, size):
    window = language_window
    ids = one_of_each(context)
    window.reload_channels()
    settle(qtbot, window)
    window.resize(*size)
    for type_name, channel_id in ids.items():
        window.select_channel(channel_id)
        settle(qtbot, window)
        qtbot.wait(30)  # the resize and the re-arranged columns are laid out
        editor = window.editor
        viewport = editor.body_scroll.viewport()
        content = editor.body_scroll.widget()
        where = f"{type_name} at {size}"
        assert content.minimumSizeHint().width() <= viewport.width(), where  # nothing cut off at the right
        assert editor.width() >= editor.minimumSizeHint().width(), where  # the editor itself is not cut
        for button in (editor.save_button, editor.revert_button):
            corner = button.mapTo(window, button.rect().bottomRight())
            assert button.isVisible() and not button.visibleRegion().isEmpty(), where
            assert corner.x() <= window.width() and corner.y() <= window.height(), where


def test_at_800_by_600_the_save_bars_message_reads_in_a_line_or_two(qtbot, language_window, context):
    window = language_window
    window.resize(800, 600)
    window.show()
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "not a url"})
    window.editor.save()  # refused: the message says why
    summary = window.editor.summary
    assert summary.isVisible() and summary.text()
    qtbot.wait(30)
    assert summary.height() <= 2 * summary.fontMetrics().lineSpacing() + 8, (summary.text(), summary.size())


def test_the_test_panel_goes_below_the_form_when_the_editor_is_narrow(qtbot, window, context):
    ids = one_of_each(context)
    window.reload_channels()
    settle(qtbot, window)
    window.select_channel(ids["WEBHOOK"])
    settle(qtbot, window)
    window.resize(1280, 800)
    window.splitter.setSizes([300, 980])
    qtbot.waitUntil(lambda: window.editor.columns.direction() == QBoxLayout.Direction.LeftToRight)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.editor.columns.direction() == QBoxLayout.Direction.TopToBottom)
    editor = window.editor
    assert editor.side_pane.geometry().top() >= editor.form_pane.geometry().bottom()


def test_the_layout_does_not_jump_when_a_problem_shows_or_a_test_runs(qtbot, window, silent_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": silent_peer.url, "timeout": "300"})
    editor = window.editor
    form = editor.form
    qtbot.wait(20)  # the new form laid out (the layout runs on the event loop)
    below = form.labels["method"].mapTo(editor, form.labels["method"].rect().topLeft()).y()
    fill(qtbot, window, {"url": "nope"})  # a problem appears under the URL
    assert form.problem_text("url")
    qtbot.wait(20)
    assert form.labels["method"].mapTo(editor, form.labels["method"].rect().topLeft()).y() == below

    fill(qtbot, window, {"url": silent_peer.url})
    panel = editor.test_panel
    width = panel.sizeHint().width()
    panel.start()
    assert silent_peer.connected.wait(5)
    assert panel.running and panel.sizeHint().width() == width  # no wider while it runs
    panel.cancel()
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)


LARGE_FONTS = os.environ.get("PINGTOWER_TEST_LARGE_FONTS") == "1"


@pytest.mark.skipif(not LARGE_FONTS, reason="run under Xvfb at 144 dpi by the test below")
@pytest.mark.parametrize("language_window", ["en", "ru"], indirect=True)
def test_at_144_dpi_the_window_fits_the_screen_and_every_editor_keeps_its_buttons_whole(
    qtbot, language_window, context
):
    from PySide6.QtWidgets import QScrollArea

    window = language_window
    ids = one_of_each(context)
    window.reload_channels()
    settle(qtbot, window)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
    for type_name, channel_id in ids.items():
        window.select_channel(channel_id)
        settle(qtbot, window)
        qtbot.wait(30)
        editor = window.editor
        for button in (editor.save_button, editor.revert_button, editor.curl_button):
            assert button.visibleRegion().boundingRect() == button.rect(), (type_name, button.objectName())
        areas = [area for area in window.findChildren(QScrollArea) if area.verticalScrollBar().isVisible()]
        assert len(areas) <= 1, (type_name, [area.objectName() for area in areas])  # no scroll area in another
        assert editor.body_scroll.widget().minimumSizeHint().width() <= editor.body_scroll.viewport().width()


@pytest.mark.skipif(LARGE_FONTS or os.environ.get("QT_QPA_PLATFORM") == "xcb", reason="this run is the one on X")
def test_large_fonts_on_a_real_x_server_at_1280_by_800():
    if not shutil.which("xvfb-run"):
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS") == "1":
            pytest.fail("xvfb-run is missing: make test installs xvfb (tools/system-deps.sh)")
        pytest.skip("no xvfb-run: install xvfb to run the large-font test on a real X server")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_FONT_DPI="144", PINGTOWER_TEST_LARGE_FONTS="1")
    env.pop("DISPLAY", None)
    test = f"{__file__}::test_at_144_dpi_the_window_fits_the_screen_and_every_editor_keeps_its_buttons_whole"
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            test,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout
