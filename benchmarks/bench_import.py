"""Importing channels with secrets into the real Secret Service (gnome-keyring), same run, same keyring.

1. ``import`` of a file of N webhooks, each with a signing secret (the product: channels file and keyring
   written as one change, the secrets of the batch sharing a few keyring items).
2. The bare baseline: N ``keyring.set_password`` calls — one keyring item per secret, as the product did
   before (and as any keyring user does), without any of the product's work.
Prints the medians and the ratio. Each round starts from an empty keyring and config folder.

Run inside a session bus with an unlocked gnome-keyring; the script starts one for itself when it is
not in one (needs dbus-run-session and gnome-keyring-daemon):

    .venv/bin/python benchmarks/bench_import.py [--channels 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def in_private_keyring() -> None:
    """Runs this script again inside its own session bus with a fresh, unlocked gnome-keyring."""
    home = tempfile.mkdtemp(prefix="bench-import-")
    script = 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"'
    env = {**os.environ, "HOME": home, "XDG_DATA_HOME": f"{home}/share", "BENCH_IMPORT_INSIDE": "1"}
    try:
        done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script, "sh", sys.executable, *sys.argv], env=env)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    sys.exit(done.returncode)


def clear_keyring() -> None:
    import secretstorage

    with secretstorage.dbus_init() as bus:
        for item in secretstorage.get_default_collection(bus).get_all_items():
            item.delete()


def webhooks(count: int) -> list[dict]:
    return [
        {
            "name": f"Hook {index}",
            "type": "WEBHOOK",
            "configuration": {"url": f"https://hooks.example.com/in/{index}", "hmacSecret": f"sign-{index:06d}-secret"},
        }
        for index in range(count)
    ]


def product_import(count: int, folder: Path) -> float:
    from pingtower_desktop.importexport import import_entries, parse_import, read_import_file
    from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore

    source = folder / "channels.json"
    source.write_text(json.dumps(webhooks(count)))
    repo = ChannelRepository(AppPaths.resolve(folder / "config"), SecretStore())
    start = time.perf_counter()
    outcomes = import_entries(repo, parse_import(read_import_file(source))).outcomes
    elapsed = time.perf_counter() - start
    assert sum(o.outcome == "added" for o in outcomes) == count
    assert repo.with_secrets(repo.find(f"Hook {count - 1}")).config.hmacSecret == f"sign-{count - 1:06d}-secret"
    return elapsed


def bare_writes(count: int) -> float:
    import keyring

    backend = keyring.get_keyring()
    start = time.perf_counter()
    for channel in webhooks(count):
        backend.set_password("bench-import", channel["name"], channel["configuration"]["hmacSecret"])
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not os.environ.get("BENCH_IMPORT_INSIDE"):
        if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
            print("needs dbus-run-session and gnome-keyring-daemon (tools/system-deps.sh installs them)")
            return 1
        in_private_keyring()
    import keyring

    print(f"keyring: {keyring.get_keyring()!r}")
    products, bares = [], []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            clear_keyring()
            products.append(product_import(args.channels, Path(folder)))
            clear_keyring()
            bares.append(bare_writes(args.channels))
    product, bare = statistics.median(products), statistics.median(bares)
    print(f"import of {args.channels} webhooks with a secret each, median of {args.rounds}: {product * 1000:.0f} ms")
    print(f"{args.channels} bare keyring.set_password calls, median of {args.rounds}: {bare * 1000:.0f} ms")
    print(f"ratio: {product / bare:.3f}x (rounds: {[round(p, 2) for p in products]} vs {[round(b, 2) for b in bares]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
