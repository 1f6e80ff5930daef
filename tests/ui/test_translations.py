"""English and Russian: complete catalogues, the compiled files current, the switch in Settings."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from pingtower_desktop.ui import prompts
from pingtower_desktop.ui.application import Shell
from pingtower_desktop.ui.core_text import core_tr
from pingtower_desktop.ui.i18n import Translations
from tools import translations
from tools.core_strings import collect, unmarked

TS_FILES = sorted(translations.TRANSLATIONS.glob("*.ts"))


def test_both_languages_have_catalogues():
    assert {path.name for path in TS_FILES} >= {"pingtower_en.ts", "pingtower_ru.ts", "core_ru.ts"}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_no_entry_is_unfinished_or_untranslated(path):
    assert translations.unfinished(path) == []


def test_every_text_the_core_shows_is_in_the_russian_catalogue():
    import xml.etree.ElementTree as ET

    catalogued = {m.findtext("source") for m in ET.parse(translations.ts_path("core", "ru")).getroot().iter("message")}
    missing = [item.text for item in collect() if item.text not in catalogued]
    assert missing == [], "run: python tools/translations.py update, translate, compile"


@pytest.mark.skipif(
    not shutil.which("pyside6-lrelease", path=str(translations.Path(sys.executable).parent)), reason="no lrelease"
)
def test_the_shipped_qm_files_are_compiled_from_the_current_sources(tmp_path):
    for language in translations.LANGUAGES:
        sources = [
            p
            for p in (translations.ts_path("pingtower", language), translations.ts_path("core", language))
            if p.exists()
        ]
        target = tmp_path / f"{language}.qm"
        lrelease = translations.Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), *map(str, sources), "-qm", str(target)], check=True, capture_output=True)
        assert target.read_bytes() == translations.qm_path(language).read_bytes(), f"recompile {language}"


@pytest.fixture
def russian(qapp):
    translations_ = Translations()
    translations_.use("ru")
    yield translations_
    translations_.use("en")


def test_the_core_builds_every_sentence_as_a_message():
    assert unmarked() == [], "build these with text.msg(...) so that they can be translated"


#: Words that stay Latin in Russian: names of products, protocols, standards and the settings' own keys.
LATIN_NAMES = {
    *[
        "Telegram",
        "Slack",
        "Mattermost",
        "Rocket",
        "Chat",
        "PingTower",
        "Desktop",
        "Python",
        "Bot",
        "API",
        "BotFather",
        "Gmail",
        "Google",
        "Workspace",
    ],
    *[
        "Outlook",
        "Hotmail",
        "Microsoft",
        "Office",
        "Yahoo",
        "Apprise",
        "Windows",
        "Credential",
        "Locker",
        "KWallet",
        "Keychain",
        "macOS",
        "Secret",
        "Service",
        "KeePassXC",
        "Debian",
        "Ubuntu",
    ],
    *[
        "SMTP",
        "STARTTLS",
        "CONNECT",
        "TLS",
        "SSL",
        "HTTP",
        "HTTPS",
        "http",
        "https",
        "direct",  # the value the Proxy field takes, typed as it is in every language
        "URL",
        "JSON",
        "UTF",
        "PEM",
        "CA",
        "DNS",
        "AUTH",
        "LOGIN",
        "PLAIN",
        "JWT",
        "EHLO",
        "QUIT",
        "MB",
    ],
    *[
        "gnome",
        "keyring",
        "keyrings",
        "alt",
        "PYTHON_KEYRING_BACKEND",
        "keyringrc",
        "cfg",
        "chmod",
        "getUpdates",
        "getMe",
        "getChat",
        "sendMessage",
    ],
    *[
        "MarkdownV2",
        "Markdown",
        "HTML",
        "Content",
        "Type",
        "Authorization",
        "Bearer",
        "X-Signature",
        "POST",
        "PUT",
        "GET",
        "PATCH",
        "DELETE",
        "id",
    ],
    *[
        "schemaVersion",
        "isDefault",
        "channels",
        "botToken",
        "chatId",
        "messageThreadId",
        "parseMode",
        "apiBaseUrl",
        "webhookUrl",
    ],
    *[
        "smtpHost",
        "smtpPort",
        "useTls",
        "useSsl",
        "fromEmail",
        "toEmail",
        "username",
        "password",
        "botUrl",
        "url",
        "method",
        "headers",
        "secret",
    ],
    *[
        "timeout",
        "caFile",
        "channel",
        "iconEmoji",
        "pingtower",
        "desktop",
        "cli",
        "server",
        "login",
        "email",
        "stdin",
        "jsonl",
        "example",
        "com",
    ],
    *[
        "SSL_CERT_FILE",
        "fail",
        "null",
        "Linux",
        "dbus",
        "ID",
        "OK",
        "Not",
        "Found",
        "Unauthorized",
        "Enum",
        "No",
        "enum",
        "constant",
        "sha256",
    ],
    *[
        "name",
        "type",
        "configuration",
        "IP",
        "ABCdef",
        "Signature",
        "mail",
        "Ui",
        "Incoming",
        "Webhooks",
        "HMAC",
        "SHA",
        "base",
        "serviceName",
    ],
    *[
        "serviceUrl",
        "status",
        "severity",
        "message",
        "timestamp",
        "metadata",
        "xx",
        "pythonBot",
        "telegram",
        "local",
        "both",
        "ulimit",
        "pip",
    ],
    *["install", "true", "false", "SSLKEYLOGFILE", "CRAM", "MD"],
}
PLACEHOLDER = re.compile(r"\{\w+\}")
URLISH = re.compile(r"--[\w-]+|\S+://\S*|\S+@\S+|\S*[./]\S*\.\S+|/\S+|@\w+|\b[\w-]+=\S*")


@pytest.mark.parametrize("language", ["ru"])
def test_every_core_message_reads_in_russian_apart_from_names_urls_and_values(language):
    import xml.etree.ElementTree as ET

    english_left = {}
    for message in ET.parse(translations.ts_path("core", language)).getroot().iter("message"):
        source, translated = message.findtext("source"), message.findtext("translation") or ""
        rest = URLISH.sub(" ", PLACEHOLDER.sub(" ", translated))
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z_]+", rest) if w not in LATIN_NAMES]
        if words:
            english_left[source] = words
    assert english_left == {}


def test_telegrams_commonest_failure_is_russian_through_and_through(russian):
    import httpx

    from pingtower_desktop.channels.telegram import _api_error
    from pingtower_desktop.transport.http import Answer

    answer = Answer(401, "Unauthorized", httpx.Headers(), b'{"ok":false,"error_code":401,"description":"Unauthorized"}')
    error = _api_error(answer, "sendMessage", "123:token")
    assert str(error) == "Telegram: the bot token was rejected (401) — copy it again from @BotFather"
    assert core_tr(error) == "Telegram: токен бота отклонён (401) — скопируйте его у @BotFather ещё раз"


def test_values_in_a_message_are_never_translated_and_messages_in_it_are(russian):
    from pingtower_desktop.text import msg

    assert core_tr("Custom") != "Custom"  # a preset's name: a text of the core …
    testing = msg("testing '{value}' through the server", value="Custom")
    assert core_tr(testing) == "тест «Custom» через сервер"  # … and a channel's name here: a value
    refused = msg("connection refused by {place}: nothing is listening there", place="127.0.0.1:9")
    assert core_tr(msg("Webhook: {failure}", failure=refused)) == (
        "Вебхук: 127.0.0.1:9 отклонил соединение: там ничего не слушает"
    )
    assert core_tr(msg("Slack: {failure}", failure="DNS lookup failed: cannot resolve")) == (
        "Slack: DNS lookup failed: cannot resolve"  # a peer's own words stay as they came
    )
    assert core_tr("a text the core does not have") == "a text the core does not have"


def test_a_failure_recorded_in_the_history_is_shown_in_the_language_of_the_day(russian, tmp_path):
    from pingtower_desktop.channels import Channel
    from pingtower_desktop.delivery.history import History, HistoryEntry
    from pingtower_desktop.text import msg
    from pingtower_desktop.transport.result import DeliveryResult

    channel = Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "http://127.0.0.1:9/"}})
    refused = msg("connection refused by {place}: nothing is listening there", place="127.0.0.1:9")
    history = History(tmp_path / "history.jsonl")
    history.append(
        HistoryEntry.from_result(
            channel, "direct", DeliveryResult(False, 1.0, msg("Webhook: {failure}", failure=refused))
        )
    )
    [entry] = history.read()
    assert core_tr(entry.message) == "Вебхук: 127.0.0.1:9 отклонил соединение: там ничего не слушает"


def test_switching_to_russian_in_settings_rebuilds_the_window_in_russian(qtbot, context, monkeypatch):
    from .helpers import new_channel, save, settle

    monkeypatch.setattr(prompts, "ask_unsaved", lambda *args: pytest.fail("nothing was unsaved"))
    shell = Shell(context, Translations(), "en")
    window = shell.window
    window.show()
    new_channel(
        qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": "123456789:AAFtoken", "chatId": "-1001234567890"}
    )
    save(qtbot, window)
    assert window.tabs.tabText(0) == "Channels"

    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()

    russian_window = shell.window
    try:
        assert russian_window is not window
        qtbot.waitUntil(lambda: russian_window.editor.channel_id is not None, timeout=5000)  # the store lists them
        settle(qtbot, russian_window)
        assert russian_window.tabs.tabText(0) == "Каналы"
        assert russian_window.editor.name_label.text() == "Название *"
        assert russian_window.editor.form.labels["botToken"].text() == "Токен бота *"
        assert russian_window.editor.test_panel.send_button.text() == "Тестовая отправка"
        assert russian_window.editor.title.text() == "Ops — канал Telegram"
        assert russian_window.windowTitle() == "Ops[*] — PingTower Desktop"
        assert russian_window.commands.add.text() == "&Добавить канал…"  # the menus and toolbar too
        assert russian_window.commands.toggle_enabled.text() == "Выключить"
        assert context.settings.load().language == "ru"
        assert context.worker.alive  # the run goes on with the new window: the same worker, store and settings
        assert shell.context is context and russian_window.context.store is context.store
        qtbot.waitUntil(lambda: russian_window.keyring_status is not None, timeout=5000)
    finally:
        shell.translations.use("en")
        russian_window.close()
