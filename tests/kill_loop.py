"""kill -9 at random moments of channel changes, then what the next start sees: run as a script.

    python -m tests.kill_loop CONFIG_DIR KEYRING_FILE ROUNDS SEED [pull]

The parent imports the core once, then each round forks a child that makes one change — an import
of ten webhooks with secrets, an edit of a Telegram channel's chat id *and* token, a delete, an
update that drops a secret — and kills it with SIGKILL after a random delay (sometimes after it
finished). The parent then starts as the app does (a sweep), and checks: every channel in the file
has all its secrets, a Telegram channel's chat id and token come from the same edit, and the keyring
holds no account the file does not name. Prints one JSON line with the counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import sys
import time

import keyring

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from pingtower_desktop.storage.repository import named_accounts
from tests.file_keyring import FileKeyring

SERVICE_PREFIX = "pingtower-desktop\0"


def telegram(generation: int) -> dict:
    """Chat id and token that carry the same number: a mismatch shows a half-applied edit."""
    return {"chatId": f"-100{generation}", "botToken": f"{generation}:AAH-kill-loop-token"}


def hooks(first: int) -> list[Channel]:
    return [
        Channel.from_wire(
            {
                "name": f"Hook {first + n}",
                "type": "WEBHOOK",
                "configuration": {"url": "https://hooks.example.com/in", "hmacSecret": f"sign-{first + n}"},
            }
        )
        for n in range(10)
    ]


def change(repo: ChannelRepository, rng: random.Random, round_number: int) -> None:
    """One change, as the CLI or the app would make it."""
    channels = repo.list()
    by_name = {c.name: c for c in channels}
    kind = rng.choice(["import", "edit", "delete", "drop-secret"])
    if kind == "import" or not channels:
        repo.save_many(hooks(round_number * 10))
    elif kind == "edit":
        ops = repo.with_secrets(by_name["Ops"])
        repo.update(ops.replace(config=ops.config.model_copy(update=telegram(round_number))))
    elif kind == "delete":
        victims = [c for c in channels if c.name != "Ops"]
        if victims:
            repo.delete(rng.choice(victims).id)
    else:
        hooks_here = [c for c in channels if c.type.name == "WEBHOOK"]
        if hooks_here:
            hook = repo.with_secrets(rng.choice(hooks_here))
            repo.update(hook.replace(config=hook.config.model_copy(update={"hmacSecret": ""})))


def problems(repo: ChannelRepository, store: FileKeyring) -> list[str]:
    found = []
    entries = json.loads(repo.paths.config_file.read_text())["channels"] if repo.paths.config_file.exists() else []
    for channel in repo.list():
        full = repo.with_secrets(channel)
        try:
            full.validated()
        except ValueError as error:
            found.append(f"{channel.name}: {error}")
        if channel.type.name == "TELEGRAM" and full.config.botToken.split(":")[0] != full.config.chatId[4:]:
            found.append(f"{channel.name}: chat id {full.config.chatId} beside token {full.config.botToken}")
    held = {key.removeprefix(SERVICE_PREFIX) for key in store.items() if key.startswith(SERVICE_PREFIX + "channel:")}
    orphans = held - named_accounts(entries)
    found += [f"orphan {account}" for account in sorted(orphans)]
    return found


def pull(server_url: str) -> None:
    """One sync that copies here the channels another user put on the server."""
    from pingtower_desktop.server.service import ServerService

    paths, secrets = AppPaths.resolve(), SecretStore()
    service = ServerService(paths, secrets, ChannelRepository(paths, secrets), timeout=5)
    asyncio.run(service.sync(copy_others=True))


def main() -> int:
    config_dir, keyring_file, rounds, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    pulling = sys.argv[5:] == ["pull"]
    os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = config_dir
    store = FileKeyring(keyring_file)
    keyring.set_keyring(store)
    rng = random.Random(seed)
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())
    repo.add(Channel.from_wire({"name": "Ops", "type": "TELEGRAM", "configuration": telegram(0)}))
    server = None
    if pulling:
        from pingtower_desktop.server.service import ServerService
        from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

        server = PingTowerServer("reference").__enter__()
        service = ServerService(AppPaths.resolve(), SecretStore(), repo)
        asyncio.run(service.login(server.url, email=USER_EMAIL, password=USER_PASSWORD))
    finished, bad = 0, []
    for number in range(1, rounds + 1):
        if server is not None:
            mail = {"smtpHost": "smtp.example.com", "from": "a@example.com", "to": "b@example.com"}
            server.seed(f"Someone's mail {number}", "EMAIL", {**mail, "username": "u", "password": f"pw-{number}"})
        child = os.fork()
        if child == 0:  # the child: one change, then out without any cleanup
            try:
                if server is not None:
                    pull(server.url)
                else:
                    rounds_rng = random.Random(seed * 100_003 + number)
                    change(ChannelRepository(AppPaths.resolve(), SecretStore()), rounds_rng, number)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, 0.06 if server is not None else 0.015))
        with contextlib.suppress(ProcessLookupError):  # it had finished
            os.kill(child, signal.SIGKILL)
        _, status = os.waitpid(child, 0)
        finished += os.WIFEXITED(status)
        start = ChannelRepository(AppPaths.resolve(), SecretStore())
        start.sweep()  # what the next start does
        bad += [f"round {number}: {problem}" for problem in problems(start, store)]
    if server is not None:
        server.__exit__(None, None, None)
    print(json.dumps({"rounds": rounds, "killed": rounds - finished, "finished": finished, "problems": bad}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
