"""Which channel is shown: the list's highlighted row, the editor's channel and the window's title always name the
same one, after any clicks, keys, prompts, saves, discards, deletes and undos (issue 20's steps, in its words,
and a randomised walk of 500 steps)."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from pingtower_desktop.ui import prompts
from pingtower_desktop.ui.main_window import WINDOW_TITLE

from .helpers import fill, settle, type_into


def add_stored(window, *names: str) -> list[Channel]:
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())  # as another window or the CLI would
    added = [
        repo.add(Channel.from_wire({"name": n, "type": "WEBHOOK", "configuration": {"url": "https://h.example/in"}}))
        for n in names
    ]
    window.reload_channels()
    return added


def click_row(qtbot, window, channel_id: str) -> None:
    view = window.channel_list.view
    rect = view.visualRect(window.model.index(window.model.row_of(channel_id), 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)


def highlighted(window) -> list[str]:
    rows = window.channel_list.view.selectionModel().selectedRows()
    return [window.model.channel(index.row()).id for index in rows]


def assert_one_channel_shown(window) -> None:
    """The highlighted row, the editor's channel and the window's title name the same channel."""
    editor, title = window.editor, window.windowTitle().replace("[*]", "")
    if editor.draft is None:
        assert highlighted(window) == [] and title == WINDOW_TITLE, (highlighted(window), title)
    elif editor.is_new:
        assert highlighted(window) == [], "a new channel is in no row until it is saved"
        assert window.channel_list.current_id is None
        assert title.startswith(editor.draft.name.strip() or editor.title.text()), (title, editor.title.text())
    else:
        stored = window.context.store.find(editor.channel_id)
        assert stored is not None, "the editor shows a channel the store does not have"
        assert highlighted(window) == [editor.channel_id], (highlighted(window), editor.channel_id)
        assert window.channel_list.current_id == editor.channel_id
        assert title.startswith(stored.name + " — "), (title, stored.name)


def test_a_new_channels_save_prompt_can_be_cancelled_and_a_refused_save_says_why(qtbot, window, answers):
    [ops] = add_stored(window, "Ops hook")
    settle(qtbot, window)
    window.commands.add_of_type["WEBHOOK"].trigger()  # Ctrl+N → Webhook
    type_into(qtbot, window.editor.name, "Billing hook")
    answers.unsaved = [prompts.Unsaved.CANCEL]
    click_row(qtbot, window, ops.id)  # click another channel → Cancel
    qtbot.wait(50)
    assert answers.asked == ["unsaved:Billing hook"], "asked once, not again and again"
    assert window.editor.is_new and window.editor.name.text() == "Billing hook"
    assert_one_channel_shown(window)

    answers.unsaved = [prompts.Unsaved.SAVE]  # the URL is still empty: the save is refused …
    click_row(qtbot, window, ops.id)
    qtbot.wait(50)
    assert answers.asked == ["unsaved:Billing hook"] * 2
    assert window.editor.is_new and window.editor.summary.text() == "Not saved: fix the marked fields first."
    assert window.editor.form.problem_text("url") == "must be an http:// or https:// URL"  # … says why, by the field
    assert_one_channel_shown(window)

    fill(qtbot, window, {"url": "https://h.example/billing"})
    answers.unsaved = [prompts.Unsaved.SAVE]
    click_row(qtbot, window, ops.id)
    qtbot.wait(50)
    assert window.editor.channel_id == ops.id
    assert [c.name for c in window.context.repo.list()] == ["Ops hook", "Billing hook"]
    assert_one_channel_shown(window)


def test_after_save_in_the_prompt_the_list_and_the_editor_show_the_clicked_channel(qtbot, window, answers):
    ops, mail = add_stored(window, "Ops hook", "Ops e-mail")
    settle(qtbot, window)
    click_row(qtbot, window, ops.id)
    window.commands.duplicate.trigger()  # Duplicate a channel …
    settle(qtbot, window)
    assert window.editor.is_new and window.editor.name.text() == "Ops hook (copy)"
    answers.unsaved = [prompts.Unsaved.SAVE]
    click_row(qtbot, window, mail.id)  # … click another row, press Save in the prompt
    qtbot.wait(50)
    assert window.editor.channel_id == mail.id, "the editor shows the row clicked"
    assert_one_channel_shown(window)
    answers.delete = [False]
    window.commands.delete.trigger()  # the toolbar's Delete names what is shown and highlighted
    assert answers.asked[-1] == "delete:Ops e-mail"

    copy = next(c for c in window.context.store.channels() if c.name == "Ops hook (copy)")
    click_row(qtbot, window, copy.id)
    fill(qtbot, window, {"url": "https://h.example/changed"})
    answers.unsaved = [prompts.Unsaved.DISCARD]
    click_row(qtbot, window, ops.id)  # after Discard: the row clicked, not the first row
    qtbot.wait(50)
    assert window.editor.channel_id == ops.id
    assert_one_channel_shown(window)


def test_a_message_is_filled_once_a_value_holding_a_marker_stays_as_it_is(qtbot, window):
    [sale] = add_stored(window, "50%2 off")
    settle(qtbot, window)
    click_row(qtbot, window, sale.id)
    assert window.editor.title.text() == "50%2 off — Webhook channel"
    assert window.windowTitle().startswith("50%2 off[*] — ")


class Walk:
    """A person trying everything, in random order, on a real window (and another process changing the file)."""

    def __init__(self, qtbot, window, answers, rng: random.Random) -> None:
        self.qtbot, self.window, self.answers, self.rng = qtbot, window, answers, rng
        self.other = ChannelRepository(AppPaths.resolve(), SecretStore())
        self.count = 0

    def step(self) -> None:
        actions = [
            self.click_row, self.click_row, self.new_channel, self.type_name, self.type_url, self.save,
            self.revert, self.delete, self.undo, self.redo, self.elsewhere, self.arrow_key, self.duplicate,
        ]  # fmt: skip
        # whatever the window asks meanwhile, the person answers something
        self.answers.unsaved = [self.rng.choice(list(prompts.Unsaved)) for _ in range(5)]
        self.answers.delete = [self.rng.random() < 0.7 for _ in range(5)]
        self.answers.clash = [self.rng.choice(list(prompts.Clash)) for _ in range(5)]
        self.rng.choice(actions)()
        self.qtbot.wait(5)  # a click's move is made once the click is handled
        settle(self.qtbot, self.window)
        QApplication.processEvents()

    def click_row(self) -> None:
        model = self.window.model
        if model.rowCount():
            click_row(self.qtbot, self.window, model.channel(self.rng.randrange(model.rowCount())).id)

    def arrow_key(self) -> None:
        view = self.window.channel_list.view
        view.setFocus()
        self.qtbot.keyClick(view, self.rng.choice([Qt.Key.Key_Down, Qt.Key.Key_Up]))

    def new_channel(self) -> None:
        self.count += 1
        self.window.add_channel(_webhook())

    def duplicate(self) -> None:
        self.window.commands.duplicate.trigger()

    def type_name(self) -> None:
        if self.window.editor.draft is not None:
            self.count += 1
            type_into(self.qtbot, self.window.editor.name, self.rng.choice(["Hook", "Ops", "Mail"]) + str(self.count))

    def type_url(self) -> None:
        if self.window.editor.draft is not None:
            url = self.rng.choice(["https://h.example/" + str(self.count), "not a url", ""])
            type_into(self.qtbot, self.window.editor.form.inputs["url"].edit, url)

    def save(self) -> None:
        if self.window.editor.draft is not None:
            self.window.editor.save()

    def revert(self) -> None:
        self.window.editor.revert()

    def delete(self) -> None:
        self.window.commands.delete.trigger()

    def undo(self) -> None:
        self.window.context.store.undo_stack.undo()

    def redo(self) -> None:
        self.window.context.store.undo_stack.redo()

    def elsewhere(self) -> None:
        """Another process renames, deletes or adds a channel; the app hears of it through its file watch."""
        stored = self.other.list()
        choice = self.rng.random()
        self.count += 1
        if stored and choice < 0.4:
            target = self.rng.choice(stored)
            try:
                self.other.rename(target.id, f"Renamed{self.count}")
            except Exception:  # a name taken meanwhile: another process's refusal, not this test's business
                return
        elif stored and choice < 0.6:
            self.other.delete(self.rng.choice(stored).id)
        else:
            self.other.add(
                Channel.from_wire(
                    {"name": f"Else{self.count}", "type": "WEBHOOK", "configuration": {"url": "https://e.x/"}}
                )
            )
        self.window.reload_channels()


def _webhook():
    from pingtower_desktop.channels import channel_type

    return channel_type("WEBHOOK")


def test_500_random_steps_never_show_two_different_channels(qtbot, window, answers):
    add_stored(window, "Ops hook", "Ops e-mail", "Billing hook")
    settle(qtbot, window)
    walk = Walk(qtbot, window, answers, random.Random(20))
    for number in range(500):
        walk.step()
        try:
            assert_one_channel_shown(window)
        except AssertionError as error:
            raise AssertionError(f"after step {number + 1}: {error}") from None
