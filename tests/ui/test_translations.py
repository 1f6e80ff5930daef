"""English and Russian: complete catalogues, the compiled files current, the switch in Settings."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from pingtower_desktop.ui import prompts
from pingtower_desktop.ui.application import Shell
from pingtower_desktop.ui.core_text import core_tr
from pingtower_desktop.ui.i18n import Translations
from tools import translations
from tools.core_strings import collect

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


def test_core_texts_and_their_templates_are_translated(russian):
    assert core_tr("Bot token") == "Токен бота"
    assert core_tr("connection refused by 127.0.0.1:9: nothing is listening there") == (
        "127.0.0.1:9 отклонил соединение: там ничего не слушает"
    )
    assert core_tr("Webhook: cannot connect to 127.0.0.1:9") == "Вебхук: не удаётся подключиться к 127.0.0.1:9"
    assert core_tr("a text the core does not have") == "a text the core does not have"


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
        assert russian_window.editor.title.text() == "Канал Telegram"
        assert russian_window.commands.add.text() == "&Добавить канал…"  # the menus and toolbar too
        assert russian_window.commands.toggle_enabled.text() == "Выключить"
        assert context.settings.load().language == "ru"
        assert context.worker.alive  # the run goes on with the new window: the same worker, store and settings
        assert shell.context is context and russian_window.context.store is context.store
        qtbot.waitUntil(lambda: russian_window.keyring_status is not None, timeout=5000)
    finally:
        shell.translations.use("en")
        russian_window.close()
