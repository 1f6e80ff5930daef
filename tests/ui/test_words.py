"""Words as a person reads them: plural forms in English too, "today" for today, form labels rather than wire
keys, a provider's steps only for its own server, results that start as sentences."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from pingtower_desktop.channels import channel_type
from pingtower_desktop.channels.email import guide
from pingtower_desktop.server.sync_plan import field_names
from pingtower_desktop.transport.result import DeliveryResult
from pingtower_desktop.ui.core_text import core_sentence, core_tr
from pingtower_desktop.ui.health_view import HealthModel
from pingtower_desktop.ui.i18n import Translations
from tools import translations

from .helpers import new_channel, type_into


def _numerus(language: str) -> dict[str, list[str]]:
    root = ET.parse(translations.ts_path("pingtower", language)).getroot()
    return {
        m.findtext("source"): [form.text or "" for form in m.iter("numerusform")]
        for m in root.iter("message")
        if m.get("numerus") == "yes"
    }


def test_every_counted_text_has_plural_forms_in_english_and_russian():
    sources = {
        m.findtext("source") for m in ET.parse(translations.ts_path("pingtower", "ru")).getroot().iter("message")
    }
    counted = {source for source in sources if "(s)" in source}
    english, russian = _numerus("en"), _numerus("ru")
    assert counted and counted <= english.keys() and counted <= russian.keys(), "count with tr(text, '', n)"
    for source in counted:
        assert len(english[source]) == 2 and not any("(s)" in form for form in english[source]), source
        assert len(russian[source]) == 3 and all(form for form in russian[source]), source


@pytest.fixture
def language(qapp):
    chosen = Translations()
    yield chosen.use
    chosen.use("en")


@pytest.mark.parametrize(
    ("code", "ages"),
    [("en", ["today", "1 day ago", "6 days ago"]), ("ru", ["сегодня", "1 день назад", "6 дней назад"])],
)
def test_the_age_of_secrets_reads_as_words(language, code, ages):
    language(code)
    model = HealthModel()
    assert [model._age(days) for days in (0, 1, 6)] == ages


def test_sync_reasons_name_fields_by_the_forms_labels_in_the_language_of_the_day(language):
    email = channel_type("EMAIL")
    keys = ["configuration.fromEmail", "name", "configuration.headers.X-Team"]
    assert core_tr(field_names(email, keys[:2])) == "From, name"
    assert core_tr(field_names(channel_type("WEBHOOK"), keys[2:])) == "Headers (X-Team)"
    language("ru")
    assert core_tr(field_names(email, keys[:2])) == "Отправитель, имя"


@pytest.mark.parametrize(
    ("host", "steps", "not_there"),
    [
        ("smtp.gmail.com", "Gmail", "Outlook"),
        ("smtp.office365.com", "Outlook", "Gmail"),
        ("smtp.mail.yahoo.com", "Yahoo", "Gmail"),
        ("relay.corp.example", "company relay", "Gmail"),
        ("", "company relay", "Gmail"),
    ],
)
def test_the_email_guide_gives_the_steps_of_the_provider_whose_server_is_named(host, steps, not_there):
    text = guide({"smtpHost": host})
    assert steps in text and not_there not in text and "Port 587" in text


def test_the_editor_guide_follows_the_typed_server(qtbot, window):
    new_channel(qtbot, window, "EMAIL", {"name": "Ops"})
    editor = window.editor
    type_into(qtbot, editor.form.inputs["smtpHost"].focus_widget, "relay.corp.example")
    qtbot.waitUntil(lambda: "company relay" in editor.guide.text(), timeout=5000)
    assert "Gmail" not in editor.guide.text()
    type_into(qtbot, editor.form.inputs["smtpHost"].focus_widget, "smtp.gmail.com")
    qtbot.waitUntil(lambda: "Gmail" in editor.guide.text(), timeout=5000)


def test_a_result_shown_on_its_own_starts_as_a_sentence(language):
    result = DeliveryResult(False, 3.0, "timed out after 10 s waiting for 127.0.0.1:9")
    assert core_sentence(result.message) == "Timed out after 10 s waiting for 127.0.0.1:9"
    assert core_sentence("Webhook: connection refused") == "Webhook: connection refused"
    assert core_sentence("") == ""


def _fits(field) -> bool:
    """The field's placeholder is shown whole (QLineEdit elides what does not fit)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return (
        field.fontMetrics().horizontalAdvance(field.placeholderText())
        <= room.width() - margins.left() - margins.right() - 4
    )


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_test_fields_and_searches_show_their_placeholders_whole_at_800_by_600(qtbot, context, answers, code):
    from pingtower_desktop.channels import Channel
    from pingtower_desktop.ui.application import Shell

    context.repo.add(Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "https://e.org"}}))
    shell = Shell(context, Translations(), code)
    window = shell.window
    try:
        window.resize(800, 600)
        window.show()
        qtbot.waitUntil(lambda: window.editor.draft is not None, timeout=5000)
        panel = window.editor.test_panel

        tabs = {"channels": [panel.message, panel.username, window.channel_list.filter]}
        tabs |= {"history": [window.history.search], "activity": [window.activity.search]}
        for tab, fields in tabs.items():
            window.show_tab(tab)
            for field in fields:
                qtbot.waitUntil(field.isVisible, timeout=5000)
                assert _fits(field), (code, field.objectName(), field.placeholderText(), field.width())
    finally:
        shell.translations.use("en")
        window.close()


@pytest.mark.parametrize("code", ["en", "ru"])
def test_no_history_cell_but_the_message_is_cut_short(qtbot, context, language, code):
    from pingtower_desktop.delivery.history import HistoryEntry
    from pingtower_desktop.ui.history_view import HistoryView

    language(code)
    view = HistoryView(context)
    view.resize(1000, 400)
    entry = HistoryEntry(
        "2026-01-02T03:04:05Z", "id", "Ops", "WEBHOOK", "server", False, 12_345.0, "x", 503, unsaved=True
    )
    view.model.set_entries([entry])
    header, metrics = view.view.horizontalHeader(), view.view.fontMetrics()
    for column in (0, 2, 3, 4):
        text = view.model.index(0, column).data()
        assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(column), (column, text)
