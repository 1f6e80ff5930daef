"""The man pages and bash completion that tools/cli_docs.py generates from the programs' argparse."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pingtower_desktop.cli import build_parser, main

TOOL = Path(__file__).resolve().parents[1] / "tools" / "cli_docs.py"


def generated(what: str) -> str:
    return subprocess.run(
        [sys.executable, str(TOOL), what, "--date", "2026-12-04"], capture_output=True, text=True, check=True
    ).stdout


def every_command_and_option() -> tuple[list[str], set[str]]:
    commands, options = [], set()

    def walk(parser, prefix: str = "") -> None:
        for action in parser._actions:
            options.update(o for o in action.option_strings if o not in ("-h", "--help"))
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for name, child in action.choices.items():
                    commands.append(prefix + name)
                    walk(child, prefix + name + " ")

    walk(build_parser())
    return commands, options


def test_the_cli_man_page_describes_every_command_and_option():
    page = generated("man-cli")
    commands, options = every_command_and_option()

    assert page.startswith('.TH PINGTOWER-DESKTOP-CLI 1 "2026-12-04"')
    for command in commands:
        assert f'.SS "{command}"' in page
    for option in options:
        assert f"\\fB{option.replace('-', chr(92) + '-')}\\fR" in page
    assert ".SH EXIT STATUS" in page and ".SH ENVIRONMENT" in page


@pytest.mark.skipif(shutil.which("man") is None, reason="man (man-db) is not installed")
@pytest.mark.parametrize("what", ["man-cli", "man-app"])
def test_the_man_pages_render_without_warnings(what, tmp_path):
    page = tmp_path / "page.1"
    page.write_text(generated(what))

    shown = subprocess.run(
        ["man", "--warnings", "-l", str(page)],
        capture_output=True,
        text=True,
        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin"},
    )

    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    assert "NAME" in shown.stdout and "SYNOPSIS" in shown.stdout


def complete(script: Path, *words: str) -> list[str]:
    probe = (
        f"source {script}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
        "_pingtower_desktop_cli; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("te",), ["test"]),
        (("--config-dir", "/tmp", "li"), ["list"]),
        (
            ("test", "--"),
            ["--all", "--config-dir", "--help", "--message", "--no-proxy", "--proxy", "--username", "--via"],
        ),
        (("test", "--via", ""), ["direct", "server"]),
        (("server", ""), ["login", "status", "logout"]),
        (("server", "login", "--dialect", ""), ["documented", "reference", "reference-v1"]),
        (("watch", ""), ["status", "config", "install-service"]),
        (("watch", "status", "--j"), ["--json"]),
    ],
)
def test_bash_completes_commands_options_and_choices(tmp_path, words, expected):
    script = tmp_path / "pingtower-desktop-cli"
    script.write_text(generated("bash"))

    assert complete(script, "pingtower-desktop-cli", *words) == expected


def test_bash_completes_directories_after_config_dir(tmp_path):
    script = tmp_path / "pingtower-desktop-cli"
    script.write_text(generated("bash"))
    (tmp_path / "configs").mkdir()

    assert complete(script, "pingtower-desktop-cli", "--config-dir", str(tmp_path / "conf")) == [
        str(tmp_path / "configs")
    ]


def test_bash_completes_the_stored_channels_names_quoted_and_only_where_a_name_goes(tmp_path, capsys):
    cli = Path(sys.executable).parent / "pingtower-desktop-cli"
    if not cli.exists():
        pytest.skip("the package's console scripts are not installed in this environment")
    for name in ("Ops Hook", "dev"):
        assert main(["add", "webhook", name, "--set", "url=https://hooks.example/x"]) == 0
    capsys.readouterr()
    script = tmp_path / "pingtower-desktop-cli"
    script.write_text(generated("bash"))

    assert complete(script, str(cli), "show", "") == ["Ops\\ Hook", "dev"]
    assert complete(script, str(cli), "test", "Ops\\ H") == ["Ops\\ Hook"]
    assert complete(script, str(cli), "rename", "Ops Hook", "") == []  # the new name is the user's to type
    assert complete(script, str(cli), "show", "--config-dir", str(tmp_path / "elsewhere"), "") == []
