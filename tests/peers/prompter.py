"""A system prompter that says no: it stands in for the person who dismisses gnome-keyring's unlock prompt.

gnome-keyring asks the session's ``org.gnome.keyring.SystemPrompter`` (gcr's prompter, a GTK dialog)
to show its unlock prompt. This one takes that bus name first, counts every prompt it is asked to
show, and answers each with gcr's "no" (Cancel). Protocol: gcr's ``org.gnome.keyring.internal.Prompter``
— BeginPrompting(callback) is answered by the callback's PromptReady("", {}, exchange); each
PerformPrompt(callback, type, properties, exchange) by PromptReady("no", {}, ""); StopPrompting(callback)
by PromptDone(). The secret exchange is never completed: a cancelled prompt carries no secret.
"""

from __future__ import annotations

import threading

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

BUS_NAME = "org.gnome.keyring.SystemPrompter"
PROMPTER = "org.gnome.keyring.internal.Prompter"
CALLBACK = "org.gnome.keyring.internal.Prompter.Callback"


class DismissingPrompter:
    """Use as ``with DismissingPrompter() as prompter:`` on a session bus; ``prompts`` counts the prompts shown."""

    def __init__(self) -> None:
        self.prompts = 0
        self._connection = open_dbus_connection(bus="SESSION")
        reply = self._connection.send_and_get_reply(message_bus.RequestName(BUS_NAME, 0x4))  # DO_NOT_QUEUE
        if reply.body[0] != 1:  # PRIMARY_OWNER
            raise RuntimeError(f"{BUS_NAME} is taken on this bus")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> DismissingPrompter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()

    def _call_back(self, caller: str, path: str, method: str, signature: str = "", body: tuple = ()) -> None:
        address = DBusAddress(path, bus_name=caller, interface=CALLBACK)
        self._connection.send(new_method_call(address, method, signature, body))

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            fields = message.header.fields
            if message.header.message_type != MessageType.method_call or fields.get(HeaderFields.interface) != PROMPTER:
                continue
            member, caller, callback = fields[HeaderFields.member], fields[HeaderFields.sender], message.body[0]
            self._connection.send(new_method_return(message))
            if member == "BeginPrompting":
                self._call_back(caller, callback, "PromptReady", "sa{sv}s", ("", {}, ""))
            elif member == "PerformPrompt":
                self.prompts += 1
                self._call_back(caller, callback, "PromptReady", "sa{sv}s", ("no", {}, ""))
            elif member == "StopPrompting":
                self._call_back(caller, callback, "PromptDone")
