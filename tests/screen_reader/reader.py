"""Reads PingTower Desktop over the AT-SPI bus as a screen reader does, and uses it as a screen reader's
user would (actions and typed text, never the mouse): Send test, then the Server dialog and a login.

Run by Debian's own Python, which has ``pyatspi``: ``/usr/bin/python3 reader.py PID URL E-MAIL PASSWORD``.
Prints one JSON object: what was read and which announcements were heard.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

heard: list[str] = []


def _heard(event) -> None:
    heard.append(str(event.any_data))


def pump(seconds: float) -> None:
    """Lets the bus deliver events for ``seconds``."""
    context, deadline = GLib.MainContext.default(), time.monotonic() + seconds
    while time.monotonic() < deadline:
        context.iteration(False)
        time.sleep(0.01)


def wait_for(find, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        pump(0.1)
    raise SystemExit(f"not found in {timeout:.0f} s: {what}")


def the_app(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    return next((app for app in desktop if app is not None and app.get_process_id() == pid), None)


def showing(node) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role, name=None, description=None):
    def matches(node) -> bool:
        return (
            node is not None
            and node.getRole() == role
            and (name is None or node.name == name)
            and (description is None or node.description == description)
            and showing(node)
        )

    return pyatspi.findDescendant(root, matches, True)


def labelled_by(root, caption: str):
    """The showing widget a label called ``caption`` labels, as a reader finds a form's value."""

    def matches(node) -> bool:
        if node is None or not showing(node):
            return False
        return any(
            relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
            and any(relation.getTarget(i).name == caption for i in range(relation.getNTargets()))
            for relation in node.getRelationSet()
        )

    return pyatspi.findDescendant(root, matches, True)


def press(node) -> None:
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press"))


def type_into(root, name: str, text: str) -> None:
    field = wait_for(lambda: find(root, pyatspi.ROLE_TEXT, name) or find(root, pyatspi.ROLE_PASSWORD_TEXT, name), name)
    field.queryEditableText().setTextContents(text)


def main(pid: int, url: str, email: str, password: str) -> dict:
    pyatspi.Registry.registerEventListener(_heard, "object:announcement")
    app = wait_for(lambda: the_app(pid), "the app on the bus")
    read: dict = {}
    send = wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Send test"), "Send test")
    press(send)
    result = wait_for(lambda: find(app, pyatspi.ROLE_LABEL, description="Test result"), "the test result")
    wait_for(lambda: result.name.startswith(("✔", "✘")), "a result in the label")
    read["result"], read["result_description"] = result.name, result.description

    status = wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Server: not set up"), "the server state")
    press(status)
    state = wait_for(lambda: labelled_by(app, "State"), "the Server dialog's state")
    read["state_before"] = state.name
    type_into(app, "Server URL", url)
    type_into(app, "E-mail", email)
    type_into(app, "Password", password)
    press(wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Log in"), "Log in"))
    login = wait_for(lambda: find(app, pyatspi.ROLE_LABEL, description="Login result"), "the login result")
    wait_for(lambda: login.name.startswith("Logged in"), "a login result")
    wait_for(lambda: state.name == "connected", "the state after the login")
    read["login"], read["state_after"] = login.name, state.name
    pump(0.5)
    read["heard"] = heard
    return read


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), *sys.argv[2:5]), ensure_ascii=False))
