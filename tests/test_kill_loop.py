"""kill -9 during channel changes: after every kill the file and the keyring agree (tests/kill_loop.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROUNDS = 600


def test_hundreds_of_kills_leave_file_and_keyring_consistent_and_no_orphans(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.kill_loop",
            str(tmp_path / "config"),
            str(tmp_path / "keyring.json"),
            str(ROUNDS),
            "7",
        ],
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    assert report["killed"] >= 200, report  # a few hundred changes really are cut off half-way


def test_kills_while_pulling_from_the_reference_server_leave_no_orphan_secrets(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.kill_loop",
            str(tmp_path / "config"),
            str(tmp_path / "keyring.json"),
            "150",
            "11",
            "pull",
        ],
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    assert report["killed"] >= 40, report  # many syncs really are cut off while they pull
