"""The real ``pingtower-desktop-cli`` entry point, run in-process as a user runs it."""

from __future__ import annotations

import io
import sys

from pingtower_desktop.cli import main


def run_cli(capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """``main(argv)`` with ``stdin`` as standard input: the exit code, standard output and standard error."""
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err
