"""The man pages and the bash and zsh completion that tools/cli_docs.py generates from the programs' argparse."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pingtower_desktop.cli import build_parser, main

TOOL = Path(__file__).resolve().parents[1] / "tools" / "cli_docs.py"
ZSH_COMPLETE = Path(__file__).resolve().parent / "zsh_complete.zsh"


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

    assert page.startswith('.TH PINGTOWER\\-DESKTOP\\-CLI "1" "2026\\-12\\-04"')
    for command in commands:
        assert f".SH COMMAND \\fI\\,'pingtower\\-desktop\\-cli {command.replace('-', chr(92) + '-')}'" in page
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
        "_shtab_pingtower_desktop_cli; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    return sorted(line for line in done.stdout.splitlines() if line)  # the shell shows them sorted


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
        (("server", ""), ["login", "logout", "status"]),
        (("server", "login", "--dialect", ""), ["documented", "reference", "reference-v1"]),
        (("watch", ""), ["config", "install-service", "status"]),
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


@pytest.fixture
def cli(capsys) -> Path:
    """The installed ``pingtower-desktop-cli``, with two channels stored: "Ops Hook" and "dev"."""
    cli = Path(sys.executable).parent / "pingtower-desktop-cli"
    if not cli.exists():
        pytest.skip("the package's console scripts are not installed in this environment")
    for name in ("Ops Hook", "dev"):
        assert main(["add", "webhook", name, "--set", "url=https://hooks.example/x"]) == 0
    capsys.readouterr()
    return cli


def test_bash_completes_the_stored_channels_names_quoted_and_only_where_a_name_goes(tmp_path, cli):
    script = tmp_path / "pingtower-desktop-cli"
    script.write_text(generated("bash"))

    assert complete(script, str(cli), "show", "") == ["Ops\\ Hook", "dev"]
    assert complete(script, str(cli), "test", "Ops\\ H") == ["Ops\\ Hook"]
    assert complete(script, str(cli), "rename", "Ops Hook", "") == []  # the new name is the user's to type
    assert complete(script, str(cli), "show", "--config-dir", str(tmp_path / "elsewhere"), "") == []


def zsh_complete(tmp_path: Path, typed: str, env: dict[str, str] | None = None) -> list[str]:
    """What a real interactive zsh offers after ``typed``, with the generated completion on its fpath."""
    folder = tmp_path / "zsh-completions"
    folder.mkdir(exist_ok=True)
    (folder / "_pingtower-desktop-cli").write_text(generated("zsh"))
    done = subprocess.run(
        ["zsh", "-f", str(ZSH_COMPLETE), str(folder), typed],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return sorted(line for line in done.stdout.splitlines() if line)


needs_zsh = pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed (make system-deps)")


@needs_zsh
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("pingtower-desktop-cli te", ["test"]),
        ("pingtower-desktop-cli --config-dir /tmp li", ["list"]),
        ("pingtower-desktop-cli server ", ["login", "logout", "status"]),
        ("pingtower-desktop-cli test --via ", ["direct", "server"]),
        ("pingtower-desktop-cli server login --dialect ", ["documented", "reference", "reference-v1"]),
        ("pingtower-desktop-cli watch status --j", ["--json"]),
    ],
)
def test_zsh_completes_commands_options_and_choices(tmp_path, typed, expected):
    assert zsh_complete(tmp_path, typed) == expected


@needs_zsh
def test_zsh_completes_the_stored_channels_names_only_where_a_name_goes(tmp_path, cli):
    env = dict(os.environ, PATH=f"{cli.parent}:{os.environ['PATH']}")

    # as zsh puts them on the line: quoted for the shell
    assert zsh_complete(tmp_path, "pingtower-desktop-cli show ", env) == ["Ops\\ Hook", "dev"]
    assert zsh_complete(tmp_path, "pingtower-desktop-cli test Ops", env) == ["Ops\\ Hook"]
    assert zsh_complete(tmp_path, "pingtower-desktop-cli add webhook ", env) == []  # a new name is the user's
    elsewhere = f"pingtower-desktop-cli show --config-dir {tmp_path / 'elsewhere'} "
    assert zsh_complete(tmp_path, elsewhere, env) == []
