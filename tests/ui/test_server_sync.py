"""Sync from the window: the plan first, then apply with progress, badges, conflicts, a server that goes away."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from pingtower_desktop.ui.channel_model import SYNC_COLUMN
from pingtower_desktop.ui.sync_badges import CONFLICT, IN_SYNC, LOCAL_ONLY, PULL, PUSH

from ..peers.pingtower_server import USER_PASSWORD
from ..server_helpers import EMAIL_PASSWORD, SAMPLES, add, edit, logged_in, put_on_server, seed_wire, sync
from .conftest import worker_threads
from .helpers import click, new_channel, save, settle, type_into
from .server_steps import WAIT, apply, log_in, open_sync, plan_rows, status_text, wait_for_status

EMAIL_FORM = {**SAMPLES["email"]["configuration"], "name": "Ops e-mail"}


def badge(window, name: str) -> str:
    channel = next(c for c in window.model.channels() if c.name == name)
    return window.model.sync_badge(channel.id).kind


def badge_cell(window, name: str, role=Qt.ItemDataRole.AccessibleTextRole):
    channel = next(c for c in window.model.channels() if c.name == name)
    return window.model.index(window.model.row_of(channel.id), SYNC_COLUMN).data(role)


def test_sync_shows_the_plan_first_then_applies_it_and_the_badges_follow(qtbot, window, documented_server):
    pingtower_server = documented_server
    new_channel(qtbot, window, "EMAIL", EMAIL_FORM)
    save(qtbot, window)
    seed_wire(pingtower_server, "email", name="Billing e-mail")
    log_in(qtbot, window, pingtower_server)
    assert badge(window, "Ops e-mail") == LOCAL_ONLY

    dialog = open_sync(qtbot, window)
    assert plan_rows(dialog) == {
        "To the server (1)": [("Ops e-mail", "Create on the server")],
        "To this computer (1)": [("Billing e-mail", "Create here")],
    }
    assert "Nothing has been changed yet" in dialog.summary.text()
    assert pingtower_server.count("POST") == 1  # the login only: planning sends nothing
    assert badge(window, "Ops e-mail") == PUSH
    assert badge_cell(window, "Ops e-mail") == "Will push to the server"

    steps = []
    dialog.progress.valueChanged.connect(steps.append)
    apply(qtbot, dialog)
    assert steps[-1] == 2 and dialog.progress.maximum() == 2
    assert dialog.summary.text().startswith("Done: 2 change(s) made, 0 failed, 0 conflict(s) left."), (
        dialog.summary.text()
    )
    assert pingtower_server.stored_configuration("Ops e-mail")["smtpHost"] == "smtp.example.com"
    assert sorted(c.name for c in window.model.channels()) == ["Billing e-mail", "Ops e-mail"]
    assert badge(window, "Ops e-mail") == IN_SYNC and badge(window, "Billing e-mail") == IN_SYNC
    assert badge_cell(window, "Billing e-mail", Qt.ItemDataRole.DisplayRole) == "✓"
    assert not dialog.apply_button.isEnabled()
    wait_for_status(qtbot, window, "Server: connected")

    dialog.close()
    again = open_sync(qtbot, window)
    assert "Everything is in sync." in again.summary.text() and not again.apply_button.isEnabled()


def test_on_the_reference_server_other_users_channels_are_copied_only_when_ticked(qtbot, window, reference_server):
    new_channel(qtbot, window, "EMAIL", EMAIL_FORM)
    save(qtbot, window)
    seed_wire(reference_server, "email", name="Billing e-mail")  # another user's
    log_in(qtbot, window, reference_server)

    dialog = open_sync(qtbot, window)
    assert plan_rows(dialog) == {
        "Your decision — tick what may be done (1)": [("Billing e-mail", "Copy here")],
        "Stay on this computer (1)": [("Ops e-mail", "Stays here")],
    }
    summary = dialog.summary.text()
    assert "shows every user's channels to everyone" in summary
    decision = dialog.tree.topLevelItem(0).child(0)
    assert decision.checkState(0) == Qt.CheckState.Unchecked
    cannot = dialog.tree.topLevelItem(1).child(0).text(2)  # the reason, in the Why column
    assert "cannot create channels through its API (a known defect of the reference server)" in cannot

    apply(qtbot, dialog)  # nothing ticked: nothing copied, and that is no failure
    assert sorted(c.name for c in window.model.channels()) == ["Ops e-mail"]
    assert "Not done — not agreed to (1)" in plan_rows(dialog)
    dialog.close()

    dialog = open_sync(qtbot, window)
    dialog.tree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    apply(qtbot, dialog)
    assert dialog.report.ok and len(dialog.report.done) == 1
    assert sorted(c.name for c in window.model.channels()) == ["Billing e-mail", "Ops e-mail"]
    assert reference_server.count("POST") == 1  # the login: nothing was created there


def conflict_on_the_host(qtbot, window, server, **mine):
    """The e-mail sample on the server and here, then its host changed on both sides (and ``mine`` here)."""
    service = logged_in(server)
    put_on_server(service, server, "email")
    edit(service, "Email Channel", smtpHost="mine.example", **mine)
    server.change("Email Channel", smtpHost="theirs.example")
    window.reload_channels()
    settle(qtbot, window)
    window.server.session.refresh()
    wait_for_status(qtbot, window, "Server: connected")
    return service


def test_a_conflict_is_resolved_in_the_conflict_dialog(qtbot, window, pingtower_server):
    service = conflict_on_the_host(qtbot, window, pingtower_server)

    dialog = open_sync(qtbot, window)
    assert plan_rows(dialog) == {
        "Conflicts — nothing is overwritten until you choose (1)": [("Email Channel", "Conflict")]
    }
    assert badge(window, "Email Channel") == CONFLICT
    assert dialog.apply_button.isEnabled() is False  # nothing to do until a choice is made

    click(qtbot, dialog.resolve_button)
    conflicts = dialog.conflict_dialog
    qtbot.waitExposed(conflicts)
    table = conflicts.table
    cells = {
        table.item(row, 0).toolTip(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    assert cells["smtpHost"] == ("mine.example", "theirs.example")
    assert table.item(list(cells).index("smtpHost"), 1).font().bold()
    assert EMAIL_PASSWORD not in str(cells) and cells["password"][0].startswith("••••")
    assert conflicts.list.item(0).text() == "Email Channel — undecided"

    assert conflicts.keep_both.toolTip() == (
        "Both are kept, on both sides: this computer's “Email Channel” and the server's “Email Channel (server)”"
    )
    click(qtbot, conflicts.keep_both)
    assert conflicts.list.item(0).text() == "Email Channel — keep both: “Email Channel” and “Email Channel (server)”"
    click(qtbot, conflicts.keep_server)  # changed my mind
    assert conflicts.list.item(0).text() == "Email Channel — keep the server's"
    click(qtbot, conflicts.buttons.button(conflicts.buttons.StandardButton.Ok))
    assert plan_rows(dialog) == {"To this computer (1)": [("Email Channel", "Update here")]}
    assert badge(window, "Email Channel") == PULL

    apply(qtbot, dialog)
    assert dialog.report.ok
    assert service.repo.with_secrets(service.repo.find("Email Channel")).config.smtpHost == "theirs.example"
    window.select_channel(window.model.find(service.repo.find("Email Channel").id).id)
    settle(qtbot, window)
    assert window.editor.form.inputs["smtpHost"].focus_widget.text() == "theirs.example"


def test_a_conflict_is_settled_setting_by_setting_from_the_keyboard(qtbot, window, pingtower_server):
    service = conflict_on_the_host(qtbot, window, pingtower_server, smtpPort=2525)
    dialog = open_sync(qtbot, window)
    click(qtbot, dialog.resolve_button)
    conflicts = dialog.conflict_dialog
    qtbot.waitExposed(conflicts)
    table = conflicts.table
    keys = [table.item(row, 0).toolTip() for row in range(table.rowCount())]
    host, port = keys.index("smtpHost"), keys.index("smtpPort")
    assert table.item(host, 2).checkState() == Qt.CheckState.Unchecked
    assert table.item(keys.index("fromEmail"), 2).data(Qt.ItemDataRole.CheckStateRole) is None  # the same: no tick

    table.setFocus()
    table.setCurrentCell(host, 2)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # take the server's host, keep my port
    assert table.item(host, 2).checkState() == Qt.CheckState.Checked
    assert table.item(port, 2).checkState() == Qt.CheckState.Unchecked
    assert conflicts.list.item(0).text() == "Email Channel — mine, with the server's SMTP server"
    assert table.currentRow() == host and conflicts.focusWidget() is table
    click(qtbot, conflicts.keep_mine)
    assert table.item(host, 2).checkState() == Qt.CheckState.Unchecked  # a whole side again
    table.setCurrentCell(host, 2)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    click(qtbot, conflicts.buttons.button(conflicts.buttons.StandardButton.Ok))
    assert plan_rows(dialog) == {"To the server (1)": [("Email Channel", "Update on the server")]}

    apply(qtbot, dialog)
    assert dialog.report.ok, dialog.report.failed
    here = service.repo.find("Email Channel").config
    there = pingtower_server.stored_configuration("Email Channel")
    assert (here.smtpHost, here.smtpPort) == ("theirs.example", 2525)
    assert (there["smtpHost"], int(there["smtpPort"])) == ("theirs.example", 2525)


def test_an_undecided_conflict_stays_listed_and_nothing_is_overwritten(qtbot, window, documented_server):
    service = logged_in(documented_server)
    add(service, "email")
    add(service, "slack")
    sync(service)
    edit(service, "Email Channel", smtpHost="mine.example")
    edit(service, "Slack Channel", channel="#ops")
    documented_server.change("Email Channel", smtpHost="theirs.example")
    window.reload_channels()
    settle(qtbot, window)
    window.server.session.refresh()
    wait_for_status(qtbot, window, "Server: connected")

    dialog = open_sync(qtbot, window)
    conflicts = dialog.resolve_conflicts()
    click(qtbot, conflicts.keep_mine)
    click(qtbot, conflicts.undecided)  # changed my mind: decide later
    click(qtbot, conflicts.buttons.button(conflicts.buttons.StandardButton.Ok))
    apply(qtbot, dialog)

    assert "Conflicts left (1)" in plan_rows(dialog) and "1 conflict(s) left" in dialog.summary.text()
    assert documented_server.stored_configuration("Email Channel")["smtpHost"] == "theirs.example"
    assert documented_server.stored_configuration("Slack Channel")["channel"] == "#ops"
    assert badge(window, "Email Channel") == CONFLICT and badge(window, "Slack Channel") == IN_SYNC


def test_a_plan_made_stale_by_another_sync_is_made_again(qtbot, window, documented_server):
    service = logged_in(documented_server)
    add(service, "email")
    window.reload_channels()
    settle(qtbot, window)
    window.server.session.refresh()
    wait_for_status(qtbot, window, "Server: connected")
    dialog = open_sync(qtbot, window)
    sync(service)  # e.g. the CLI, meanwhile

    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    assert "Another sync ran meanwhile" in dialog.summary.text() and "Everything is in sync." in dialog.summary.text()
    assert plan_rows(dialog) == {}
    assert documented_server.count("POST") == 2  # the login and the one create: nothing twice


def test_a_server_that_stops_answering_shows_offline_and_the_window_stays_responsive(qtbot, window, documented_server):
    new_channel(qtbot, window, "EMAIL", EMAIL_FORM)
    save(qtbot, window)
    log_in(qtbot, window, documented_server)
    window.server.session.timeout = 1.0
    documented_server.stop_after(0, "hang")

    heartbeat = QTimer()
    beats = []
    heartbeat.timeout.connect(lambda: beats.append(dialog.running))
    window.commands.sync.trigger()
    dialog = window.server.sync_dialog
    heartbeat.start(10)
    assert dialog.running and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: beats.count(True) >= 5, timeout=WAIT)  # the UI thread runs while the request hangs
    qtbot.keyClicks(window.channel_list.filter, "zzz")
    assert window.model.rowCount() == 0 and dialog.running
    heartbeat.stop()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)

    assert dialog.summary.text().startswith("The server does not answer.")
    assert status_text(window) == "Server: offline"
    assert "listing the channels: timed out after 1 s" in window.server.status_bar.state.toolTip()
    assert not dialog.apply_button.isEnabled() and dialog.replan_button.isEnabled()


def test_a_refused_login_mid_sync_stops_it_and_offers_a_new_login(qtbot, window, documented_server):
    for name in ("One", "Two", "Three"):
        new_channel(qtbot, window, "EMAIL", {**EMAIL_FORM, "name": name})
        save(qtbot, window)
    log_in(qtbot, window, documented_server)
    dialog = open_sync(qtbot, window)
    documented_server.unauthorized_after(1)
    apply(qtbot, dialog)

    assert "Stopped:" in dialog.summary.text() and "log in again" in dialog.summary.text()
    assert "Not done — the next sync carries on (1)" in plan_rows(dialog)
    wait_for_status(qtbot, window, "Server: login refused")
    assert window.server.status_bar.login_button.isVisible()
    click(qtbot, window.server.status_bar.login_button)
    assert window.server.server_dialog.isVisible()


def test_closing_the_window_mid_sync_leaves_no_thread(qtbot, window, documented_server):
    new_channel(qtbot, window, "EMAIL", EMAIL_FORM)
    save(qtbot, window)
    log_in(qtbot, window, documented_server)
    dialog = open_sync(qtbot, window)
    documented_server.stop_after(0, "hang")
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: documented_server.count("POST") == 2, timeout=WAIT)  # the create hangs
    assert dialog.running

    window.close()
    assert not window.context.worker.alive
    assert worker_threads() == []


def test_a_sync_refused_for_its_login_carries_on_after_logging_in_again(qtbot, window, documented_server):
    new_channel(qtbot, window, "EMAIL", EMAIL_FORM)
    save(qtbot, window)
    log_in(qtbot, window, documented_server)
    documented_server.unauthorized_after(0)
    window.commands.sync.trigger()
    dialog = window.server.sync_dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    summary = dialog.summary.text()
    assert summary == "Listing the channels: the server refused the login (401 Unauthorized) — log in again", summary
    assert summary.count("log in again") == 1  # said once, not once by the dialog and once by the server error
    assert dialog.plan is None and not dialog.apply_button.isEnabled()

    documented_server.resume()
    click(qtbot, dialog.login_button)
    server_dialog = window.server.server_dialog
    type_into(qtbot, server_dialog.password, USER_PASSWORD)
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        click(qtbot, server_dialog.login_button)
    assert plan_rows(dialog) == {"To the server (1)": [("Ops e-mail", "Create on the server")]}


def test_a_server_listing_more_channels_than_allowed_is_refused_until_the_limit_is_raised(
    qtbot, window, documented_server
):
    for number in range(5):
        documented_server.seed(f"Hook {number}", "WEBHOOK", {"url": "https://hooks.example.com/in"})
    dialog = log_in(qtbot, window, documented_server)
    assert dialog.max_channels.isEnabled() and dialog.max_channels.value() == 1000
    dialog.max_channels.setFocus()
    dialog.max_channels.selectAll()
    qtbot.keyClicks(dialog.max_channels, "3")
    qtbot.keyClick(dialog.max_channels, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.server.session.status.profile.max_channels == 3, timeout=WAIT)
    dialog.close()

    window.commands.sync.trigger()
    sync = window.server.sync_dialog
    qtbot.waitUntil(lambda: not sync.running, timeout=WAIT)
    assert sync.plan is None and "more than the 3 channels" in sync.summary.text(), sync.summary.text()
    assert window.model.rowCount() == 0
    sync.close()

    window.commands.server.trigger()
    dialog = window.server.server_dialog
    dialog.max_channels.setValue(10)
    dialog.max_channels.editingFinished.emit()
    qtbot.waitUntil(lambda: window.server.session.status.profile.max_channels == 10, timeout=WAIT)
    dialog.close()
    sync = open_sync(qtbot, window)
    assert sync.plan.server_count == 5
    sync.close()


def test_a_channel_found_the_same_on_the_reference_server_is_listed_and_apply_says_what_it_does(
    qtbot, window, context, reference_server
):
    from pingtower_desktop.channels import Channel

    context.repo.add(Channel.from_wire(SAMPLES["telegram"]))  # as the CLI would: the same as the server's
    seed_wire(reference_server, "telegram")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    log_in(qtbot, window, reference_server)

    dialog = open_sync(qtbot, window)
    name = SAMPLES["telegram"]["name"]
    assert plan_rows(dialog) == {
        "The same on both sides, or gone from both: only remembered (1)": [(name, "Already the same")]
    }
    assert "Nothing to change. Apply remembers which channels are the same on both sides (1)" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    apply(qtbot, dialog)
    dialog.close()

    dialog = open_sync(qtbot, window)
    assert plan_rows(dialog) == {} and "Everything is in sync." in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    assert badge(window, name) == IN_SYNC
    dialog.close()
