"""Man pages (argparse-manpage) and bash and zsh completion (shtab), generated from the programs' own argparse
parsers so they never drift.

    python tools/cli_docs.py man-cli  [--date YYYY-MM-DD]   the CLI's man page (roff) on standard output
    python tools/cli_docs.py man-app  [--date YYYY-MM-DD]   the desktop app's
    python tools/cli_docs.py bash | zsh                     completion for pingtower-desktop-cli

Completion of the stored channels' names is a shtab hook: a shell function that asks the CLI itself
(``list --names``, with the ``--config-dir`` given on the line) wherever a channel's name goes.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import shtab
from argparse_manpage.manpage import Manpage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pingtower_desktop import __version__
from pingtower_desktop.app import build_parser as app_parser
from pingtower_desktop.cli import build_parser as cli_parser

CLI_SECTIONS = {
    "exit status": r"""
.TP
.B 0
success
.TP
.B 1
a delivery or remote failure, or unresolved sync conflicts
.TP
.B 2
a usage or validation error (the message names the field and the reason)
""",
    "environment": r"""
.TP
.B PINGTOWER_DESKTOP_CONFIG_DIR
where channels.json and the settings are kept (default: ~/.config/pingtower-desktop)
.TP
.B PINGTOWER_DESKTOP_DATA_DIR
where the history, the watch state and the operations log are kept (default: ~/.local/share/pingtower-desktop)
.TP
.B PYTHON_KEYRING_BACKEND
the keyring backend to use instead of the desktop's Secret Service
.TP
.B PINGTOWER_DESKTOP_PROXY_PASSWORD
the password of the proxy given with \-\-proxy (never on the command line, where ps shows it)
.TP
.B http_proxy, https_proxy, smtp_proxy, ALL_PROXY, NO_PROXY
the proxy when the network settings say "system", read as curl reads them
.TP
.B SSL_CERT_FILE
a certificate bundle that replaces the system's trusted certificates
""",
    "files": r"""
.TP
.I ~/.config/pingtower-desktop/channels.json
the channels, without their secrets: every secret is kept in the desktop keyring (the Secret Service)
.TP
.I ~/.local/state/pingtower-desktop/log/pingtower-desktop.log
the log (owner-only, secrets scrubbed)
""",
    "see also": ".BR pingtower-desktop (1)",
}

APP_SECTIONS = {"see also": ".BR pingtower-desktop-cli (1)"}


#: Typography as groff's own glyph names, which every output device has (an ASCII terminal too).
GLYPHS = {"…": "...", "—": "\\(em", "–": "\\(en", "→": "\\(->", "×": "\\(mu", "“": "\\(lq", "”": "\\(rq", "’": "\\(cq"}

#: Where a channel's name goes, except where a new one is typed (``add``, ``rename``'s second).
NAMED = ("name", "channel")
NAMES = {"bash": "_pingtower_desktop_cli_names", "zsh": "_pingtower_desktop_cli_names"}

NAMES_FUNCTIONS = {
    "bash": r"""
# $1: the word typed so far. The stored channels' names from the same config folder, quoted for the shell.
_pingtower_desktop_cli_names() {
  local wanted=${1//\\/} name i config=()
  wanted=${wanted#[\"\']}
  for ((i = 1; i < COMP_CWORD; i++)); do
    [[ ${COMP_WORDS[i]} == --config-dir ]] && config=(--config-dir "${COMP_WORDS[i+1]}")
  done
  while IFS= read -r name; do
    [[ $name == "$wanted"* ]] && printf '%q\n' "$name"
  done < <("${COMP_WORDS[0]}" "${config[@]}" list --names 2>/dev/null)
}
""",
    "zsh": r"""
# The stored channels' names from the same config folder (compadd quotes them). The whole line, not $words:
# shtab's nested _arguments hands an action only the command's own words, without the options before them.
_pingtower_desktop_cli_names() {
  local -a line names config
  line=(${(Q)${(z)BUFFER}})
  local i=${line[(I)--config-dir]}
  (( i )) && config=(--config-dir "${line[i+1]}")
  names=(${(f)"$(${line[1]} $config list --names 2>/dev/null)"})
  compadd -a names
}
""",
}


def _parsers(parser: argparse.ArgumentParser, words: str = "") -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The parser and every command's, with the command's words ("server login")."""
    yield words, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, f"{words} {name}".strip())


def with_completion_hooks(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Marks what shtab completes specially: folders, files, and the stored channels' names."""
    for words, command in _parsers(parser):
        for action in command._actions:
            if action.dest == "config_dir":
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
            elif action.dest in ("ca_file", "file"):
                action.complete = shtab.FILE  # type: ignore[attr-defined]
            elif action.dest in NAMED and not action.option_strings and words != "add":
                action.complete = NAMES  # type: ignore[attr-defined]
    return parser


def completion(shell: str) -> str:
    return shtab.complete(with_completion_hooks(cli_parser()), shell=shell, preamble=NAMES_FUNCTIONS[shell])


def man_page(parser: argparse.ArgumentParser, date: str, sections: dict[str, str]) -> str:
    summary = (parser.description or "").split(". ")[0].rstrip(".")
    page = Manpage(parser)
    page.date, page.source, page.manual = date, f"{parser.prog} {__version__}", "User Commands"
    page.description = summary[:1].lower() + summary[1:]
    for heading, content in sections.items():
        page.add_section(heading, ">", content.strip())
    text = str(page)
    for glyph, name in GLYPHS.items():
        text = text.replace(glyph, name)
    # argparse-manpage leaves a help text's line that starts with a quote as it is: roff would read it as a request
    return "".join("\\&" + line if line.startswith("'") else line for line in text.splitlines(keepends=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("man-cli", "man-app", "bash", "zsh"))
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="the man page's date")
    args = parser.parse_args()
    # argparse wraps usage lines to $COLUMNS; a man page's line is narrower than a wide terminal, and an
    # indented usage line longer than it is one roff cannot fit ("cannot adjust line")
    os.environ["COLUMNS"] = "60"
    if args.what == "man-cli":
        sys.stdout.write(man_page(cli_parser(), args.date, CLI_SECTIONS))
    elif args.what == "man-app":
        sys.stdout.write(man_page(app_parser(), args.date, APP_SECTIONS))
    else:
        sys.stdout.write(completion(args.what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
