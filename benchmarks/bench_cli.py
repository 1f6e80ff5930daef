"""The command line as whole processes: ``pingtower-desktop-cli`` against Apprise and a bare Python.

Three jobs, each a fresh interpreter per run, interleaved round by round in a shuffled order, one
loopback webhook receiver for all:

- ``test`` of one webhook channel (no secrets) against ``apprise -b … json://…`` to the same receiver;
- ``list`` of 1,000 stored channels (no peer: Apprise has no stored channels to list);
- ``test --all`` over 200 webhook channels against ``apprise`` given the same 200 ``json://`` URLs;

and two programs for scale: ``python -c pass``, and the floor of the product's own libraries — a script
that validates one pydantic model and POSTs with an httpx ``AsyncClient`` under asyncio, as ``test``
must. Prints medians and the ratios (goal: ``test`` at most 0.5× Apprise).

Bytecode is cached, as an installed user's is: ``compileall`` runs over the package first and the
children run without ``PYTHONDONTWRITEBYTECODE`` (a build machine may set it). Apprise is installed into
the venv when missing (``pip install apprise``).

    .venv/bin/python benchmarks/bench_cli.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import ROOT, channel_wire, write_config

from tests.peers.http_peers import RecordingPeer, Reply

BIN = Path(sys.executable).parent

#: The least a direct test does with the product's libraries (argv[1]: the URL).
LIBRARY_FLOOR = """
import asyncio, ssl, sys
from pydantic import BaseModel

class Hook(BaseModel):
    url: str
    timeout: int = 30

async def post(hook):
    import httpx
    async with httpx.AsyncClient(verify=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), timeout=hook.timeout) as client:
        (await client.post(hook.url, json={"message": "hello"})).raise_for_status()

asyncio.run(post(Hook.model_validate({"url": sys.argv[1]})))
"""


def apprise_command() -> str:
    found = shutil.which("apprise", path=str(BIN)) or shutil.which("apprise")
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "apprise"], check=True)
        found = shutil.which("apprise", path=str(BIN))
    assert found, "apprise is not installed"
    return found


def secret_less_webhook(index: int, url: str) -> dict:
    """As the app stores a webhook channel added without a secret (it then never asks the keyring)."""
    return {**channel_wire(index, "WEBHOOK", url=url), "secretsRev": "-"}


def child_env(config_dir: Path) -> dict[str, str]:
    env = dict(os.environ, PINGTOWER_DESKTOP_CONFIG_DIR=str(config_dir), PINGTOWER_DESKTOP_DATA_DIR=str(config_dir))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def timed(command: list[str], env: dict[str, str], expect: int = 0) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != expect:
        raise SystemExit(f"{' '.join(command[:4])} … exited {done.returncode}: {done.stderr or done.stdout}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    apprise = apprise_command()
    compileall.compile_dir(str(ROOT / "pingtower_desktop"), quiet=1)
    cli = [sys.executable, "-m", "pingtower_desktop.cli"]

    with RecordingPeer(Reply(200)) as receiver, tempfile.TemporaryDirectory() as folder:
        hook = f"{receiver.url}/hook"
        json_url = hook.replace("http://", "json://")
        one, thousand, two_hundred = (Path(folder, name) for name in ("one", "thousand", "two-hundred"))
        write_config(one, [{**secret_less_webhook(0, hook), "name": "Bench Hook"}])
        write_config(thousand, [channel_wire(i) for i in range(1000)])
        write_config(two_hundred, [secret_less_webhook(i, hook) for i in range(200)])
        for config_dir in (one, thousand, two_hundred):
            config_dir.chmod(0o700)
        runs = {
            "test one webhook": ([*cli, "test", "Bench Hook"], child_env(one)),
            "apprise, one json:// URL": ([apprise, "-b", "hello", json_url], child_env(one)),
            "list of 1,000 channels": ([*cli, "list"], child_env(thousand)),
            "test --all, 200 webhooks": ([*cli, "test", "--all"], child_env(two_hundred)),
            "apprise, 200 json:// URLs": ([apprise, "-b", "hello"] + [json_url] * 200, child_env(two_hundred)),
            "library floor: one POST": ([sys.executable, "-c", LIBRARY_FLOOR, hook], child_env(one)),
            "python -c pass": ([sys.executable, "-c", "pass"], child_env(one)),
        }
        for command, env in runs.values():  # warm: bytecode written, files in the page cache
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in runs}
        order = list(runs)
        rng = random.Random(args.seed)
        for _ in range(args.rounds):
            rng.shuffle(order)
            for name in order:
                times[name].append(timed(*runs[name]))
        received = len(receiver.received)

    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"{args.rounds} rounds, medians (ms), the receiver answered {received} requests")
    for name, value in median.items():
        print(f"  {name:<28} {value:7.0f}")
    bare = median["python -c pass"]
    print("ratios")
    print(f"  test one webhook / apprise        {median['test one webhook'] / median['apprise, one json:// URL']:.2f}×")
    print(
        f"  test --all 200 / apprise 200      "
        f"{median['test --all, 200 webhooks'] / median['apprise, 200 json:// URLs']:.2f}×"
    )
    print(f"  test one webhook / library floor  {median['test one webhook'] / median['library floor: one POST']:.2f}×")
    for name in ("test one webhook", "list of 1,000 channels", "test --all, 200 webhooks"):
        print(f"  {name + ' / bare python':<33} {median[name] / bare:.1f}×")


if __name__ == "__main__":
    main()
