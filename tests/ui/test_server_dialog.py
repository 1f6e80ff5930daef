"""The Server dialog and the status bar, against the loopback PingTower server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pingtower_desktop.server.profile import ProfileStore, ServerProfile
from pingtower_desktop.storage import AppPaths, SecretStore
from pingtower_desktop.ui import server_prompts
from pingtower_desktop.ui.channel_model import SYNC_COLUMN

from ..peers.pingtower_server import USER_EMAIL, USER_PASSWORD, make_jwt
from .helpers import click, type_into
from .server_steps import WAIT, log_in, status_text, wait_for_status


def test_a_fresh_app_says_no_server_is_set_up(qtbot, window):
    wait_for_status(qtbot, window, "Server: not set up")
    assert window.channel_list.view.isColumnHidden(SYNC_COLUMN)  # no sync badges without a server


def test_log_in_through_the_dialog_shows_who_and_until_when(qtbot, window, pingtower_server, memory_keyring):
    dialog = log_in(qtbot, window, pingtower_server)

    assert dialog.state.text() == "connected"
    assert dialog.who.text() == USER_EMAIL
    assert dialog.expiry.text() not in ("", "—")
    assert pingtower_server.url in dialog.where.text()
    assert dialog.password.text() == ""  # the password is not kept, not even in the form
    assert dialog.logout_button.isEnabled()
    stored = "".join(path.read_text() for path in window.context.paths.config_dir.rglob("*") if path.is_file())
    assert USER_PASSWORD not in stored
    assert USER_PASSWORD not in str(memory_keyring.items)
    if pingtower_server.dialect == "reference":
        assert "does not report delivery" in dialog.notes.text()
    assert not window.channel_list.view.isColumnHidden(SYNC_COLUMN)


@pytest.mark.parametrize("method", ["password", "token"])
def test_enter_in_the_secret_field_logs_in(qtbot, window, documented_server, method):
    """Enter presses Log in (the default button), not Cancel, which appears while logging in."""
    window.commands.server.trigger()
    dialog = window.server.server_dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.url, documented_server.url)
    if method == "password":
        type_into(qtbot, dialog.email, USER_EMAIL)
        field, secret = dialog.password, USER_PASSWORD
    else:
        click(qtbot, dialog.with_token)
        field, secret = dialog.token, make_jwt(USER_EMAIL)
    type_into(qtbot, field, secret)
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)  # focus moves on when the field is disabled: the bug needs real focus
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.outcome.text() == f"Logged in as {USER_EMAIL}.", dialog.outcome.text()
    wait_for_status(qtbot, window, "Server: connected")


def test_a_pasted_token_with_the_dialect_chosen_by_hand(qtbot, window, documented_server):
    window.commands.server.trigger()
    dialog = window.server.server_dialog
    type_into(qtbot, dialog.url, documented_server.url)
    dialog.dialect.setCurrentIndex(dialog.dialect.findData("documented"))
    click(qtbot, dialog.with_token)
    assert dialog.token.isVisible() and not dialog.password.isVisible()
    type_into(qtbot, dialog.token, make_jwt("ops@pingtower.test"))
    click(qtbot, dialog.login_button)
    wait_for_status(qtbot, window, "Server: connected")
    assert dialog.who.text() == "ops@pingtower.test"
    assert [path for _, path in documented_server.requests] == ["/api/v1/notifications/channels"]  # no detection


def test_a_wrong_password_is_reported_and_nothing_is_stored(qtbot, window, documented_server):
    window.commands.server.trigger()
    dialog = window.server.server_dialog
    type_into(qtbot, dialog.url, documented_server.url)
    type_into(qtbot, dialog.email, USER_EMAIL)
    type_into(qtbot, dialog.password, "wrong")
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "was not accepted" in dialog.outcome.text()
    assert dialog.password.text() == "wrong"  # kept in the form to correct it
    assert status_text(window) == "Server: not set up"


def test_plain_http_to_another_computer_asks_first_and_no_means_no_request(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(server_prompts, "confirm_plain_http", lambda parent, text: asked.append(text) or False)
    window.commands.server.trigger()
    dialog = window.server.server_dialog
    type_into(qtbot, dialog.url, "http://192.0.2.10:8080")
    type_into(qtbot, dialog.email, USER_EMAIL)
    type_into(qtbot, dialog.password, USER_PASSWORD)
    click(qtbot, dialog.login_button)

    assert len(asked) == 1 and "192.0.2.10 is reached over plain http" in asked[0]
    assert dialog.job is None and window.context.worker.jobs == frozenset()
    assert dialog.outcome.text().startswith("Not logged in")
    assert dialog.password.text() == USER_PASSWORD


def test_log_out_forgets_the_token_and_offers_a_new_login(qtbot, window, documented_server, memory_keyring):
    dialog = log_in(qtbot, window, documented_server)
    click(qtbot, dialog.logout_button)
    wait_for_status(qtbot, window, "Server: logged out")
    assert not any(account.startswith("server:token") for _, account in memory_keyring.items)
    assert window.server.status_bar.login_button.isVisible()
    assert dialog.url.text() == documented_server.url  # the URL stays for the next login


def test_an_expired_token_asks_for_a_new_login(qtbot, window, documented_server):
    store = ProfileStore(AppPaths.resolve(), SecretStore())
    store.save(ServerProfile(documented_server.url, "documented", USER_EMAIL), make_jwt(expires_in=-60))
    window.server.session.refresh()
    wait_for_status(qtbot, window, "Server: login expired")
    bar = window.server.status_bar
    assert "expired" in bar.state.toolTip()
    assert documented_server.requests == []  # an expired token is not even tried

    click(qtbot, bar.login_button)
    dialog = window.server.server_dialog
    qtbot.waitExposed(dialog)
    assert dialog.url.text() == documented_server.url and dialog.email.text() == USER_EMAIL
    assert dialog.expiry.text().startswith("expired")
    type_into(qtbot, dialog.password, USER_PASSWORD)
    click(qtbot, dialog.login_button)
    wait_for_status(qtbot, window, "Server: connected")
    assert not bar.login_button.isVisible()


def test_the_server_texts_are_russian_in_the_russian_ui(qtbot, window, documented_server):
    import httpx

    from pingtower_desktop.server.client import failure
    from pingtower_desktop.server.remote_test import NOT_REPORTED
    from pingtower_desktop.text import msg
    from pingtower_desktop.transport.http import Answer
    from pingtower_desktop.ui.core_text import core_tr
    from pingtower_desktop.ui.i18n import Translations

    refused = failure(Answer(401, "Unauthorized", httpx.Headers(), b""), msg("listing the channels"))
    translations = Translations()
    translations.use("ru")
    try:
        window.server.status_bar.show_status()
        assert status_text(window) == "Сервер: не настроен"
        assert core_tr(refused) == "получение списка каналов: сервер отклонил вход (401 Unauthorized) — войдите снова"
        assert core_tr(NOT_REPORTED) == "сервер принял тест; о доставке он не сообщает"
    finally:
        translations.use("en")


def test_the_server_dialog_names_its_fields_and_tabs_through_them_in_order(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    dialog = window.server.open_server()
    qtbot.waitExposed(dialog)
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox):
        assert widget.accessibleName(), widget.objectName()
    dialog.activateWindow()
    dialog.url.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.url)
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        "server_url",
        "server_dialect",
        "server_ca_file",
        "login_with_password",
        "server_email",
        "server_password",
    ]


def test_sync_notes_made_of_parts_are_translated_part_by_part(qtbot):
    from pingtower_desktop.server.sync_plan import also
    from pingtower_desktop.text import msg
    from pingtower_desktop.ui.core_text import core_tr
    from pingtower_desktop.ui.i18n import Translations

    translations = Translations()
    translations.use("ru")
    try:
        both = msg(
            "changed on both sides — here: {fields_here}; on the server: {fields_there}",
            fields_here="chatId",
            fields_there="chatId",
        )
        assert core_tr(both) == "изменено на обеих сторонах — здесь: chatId; на сервере: chatId"
        withheld = msg("{fields} stay on this computer (the server cannot store them)", fields="headers")
        assert core_tr(also(msg("changed here: {fields}", fields="smtpHost"), withheld)) == (
            "изменено здесь: smtpHost; headers остаются на этом компьютере (сервер не умеет их хранить)"
        )
    finally:
        translations.use("en")


def test_in_russian_a_wrong_password_is_reported_in_russian(qtbot, window, documented_server):
    from pingtower_desktop.ui.i18n import Translations

    translations = Translations()
    translations.use("ru")
    try:
        window.commands.server.trigger()
        dialog = window.server.server_dialog
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog.url, documented_server.url)
        type_into(qtbot, dialog.email, USER_EMAIL)
        type_into(qtbot, dialog.password, "not the password")
        click(qtbot, dialog.login_button)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
        said = dialog.outcome.text()
        assert "e-mail или пароль не приняты (401 Unauthorized: Bad credentials)" in said, said
        assert "was not accepted" not in said
    finally:
        translations.use("en")


def test_after_a_login_to_a_reference_server_the_dialog_still_fits_the_screen(qtbot, window, reference_server):
    from PySide6.QtWidgets import QDialogButtonBox

    from pingtower_desktop.ui.screen_fit import available

    dialog = log_in(qtbot, window, reference_server)  # its notes: seven caveats of the reference server
    qtbot.wait(20)
    room = available(dialog)
    assert dialog.notes.isVisible() and dialog.height() <= room.height() and dialog.width() <= room.width()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and close.mapTo(dialog, close.rect().bottomLeft()).y() < dialog.height()
    scroll = dialog.body.parentWidget().parentWidget()  # the body's scroll area: Status and Log out scroll into view
    scroll.ensureWidgetVisible(dialog.logout_button)
    qtbot.wait(20)
    bottom = dialog.logout_button.mapTo(dialog, dialog.logout_button.rect().bottomLeft()).y()
    assert 0 <= bottom < dialog.height()
