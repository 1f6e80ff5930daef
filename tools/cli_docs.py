"""Man pages and bash completion, generated from the programs' own argparse parsers (so they never drift).

    python tools/cli_docs.py man-cli  [--date YYYY-MM-DD]   the CLI's man page (roff) on standard output
    python tools/cli_docs.py man-app  [--date YYYY-MM-DD]   the desktop app's
    python tools/cli_docs.py bash                           bash completion for pingtower-desktop-cli

Reads argparse's parser objects (their actions and subparsers), as argparse-manpage does.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pingtower_desktop import __version__
from pingtower_desktop.app import build_parser as app_parser
from pingtower_desktop.cli import build_parser as cli_parser

CLI = "pingtower-desktop-cli"
APP = "pingtower-desktop"

CLI_EXTRA = r"""
.SH EXIT STATUS
.TP
.B 0
success
.TP
.B 1
a delivery or remote failure, or unresolved sync conflicts
.TP
.B 2
a usage or validation error (the message names the field and the reason)
.SH ENVIRONMENT
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
.B SSL_CERT_FILE
a certificate bundle that replaces the system's trusted certificates
.SH FILES
.TP
.I ~/.config/pingtower-desktop/channels.json
the channels, without their secrets: every secret is kept in the desktop keyring (the Secret Service)
.TP
.I ~/.local/state/pingtower-desktop/log/pingtower-desktop.log
the log (owner-only, secrets scrubbed)
.SH SEE ALSO
.BR pingtower-desktop (1)
"""

APP_DESCRIPTION = (
    "A desktop app for PingTower's notification channels (Telegram, e-mail, Slack, webhooks and the PingTower "
    "Python bot): a form per channel type, a one-click test, secrets in the desktop keyring, delivery straight "
    "from this computer or two-way sync with a PingTower server."
)

APP_EXTRA = r"""
.SH SEE ALSO
.BR pingtower-desktop-cli (1)
"""


#: Typography as groff's own glyph names, which every output device has (an ASCII terminal too).
GLYPHS = {"…": "...", "—": "\\(em", "–": "\\(en", "→": "\\(->", "×": "\\(mu", "“": "\\(lq", "”": "\\(rq", "’": "\\(cq"}


def roff(text: str) -> str:
    """Text as roff prints it literally: backslashes, hyphens and a leading dot or quote escaped."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    for glyph, name in GLYPHS.items():
        text = text.replace(glyph, name)
    return "\\&" + text if text[:1] in (".", "'") else text


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if not isinstance(a, argparse._SubParsersAction | argparse._HelpAction) and a.help != argparse.SUPPRESS
    ]


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """Every command and nested action: (its words, its help, its parser), in the order ``--help`` gives."""
    sub = _subparsers(parser)
    if sub is None:
        return
    helps = {choice.dest: choice.help or "" for choice in sub._choices_actions}
    for name, child in sub.choices.items():
        words = f"{prefix}{name}"
        yield words, helps.get(name, ""), child
        yield from _commands(child, words + " ")


def _option_lines(action: argparse.Action) -> list[str]:
    if action.option_strings:
        value = "" if action.nargs == 0 else f" \\fI{roff(action.metavar or action.dest.upper())}\\fR"
        head = ", ".join(f"\\fB{roff(o)}\\fR" for o in action.option_strings) + value
    else:
        head = f"\\fI{roff(str(action.metavar or action.dest).upper())}\\fR"
    help_text = action.help or ""
    if action.choices and action.option_strings:
        help_text += f" (one of: {', '.join(map(str, action.choices))})"
    return [".TP", head, roff(help_text)]


def man_page(parser: argparse.ArgumentParser, name: str, date: str, description: str, extra: str) -> str:
    summary = (parser.description or "").split(". ")[0].rstrip(".")
    lines = [
        f'.TH {name.upper()} 1 "{date}" "{name} {__version__}" "User Commands"',
        ".SH NAME",
        f"{roff(name)} \\- {roff(summary[:1].lower() + summary[1:])}",
        ".SH SYNOPSIS",
        f".B {roff(name)}",
    ]
    sub = _subparsers(parser)
    lines.append("[\\fIOPTIONS\\fR]" + (" \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]" if sub else ""))
    lines += [".SH DESCRIPTION", roff(description)]
    lines += [".SH OPTIONS"] + [line for action in _options(parser) for line in _option_lines(action)]
    if sub:
        lines.append(".SH COMMANDS")
        for words, help_text, child in _commands(parser):
            usage = " ".join(_usage_words(child))
            lines += [f'.SS "{roff(words)}"', f"\\fB{roff(name)} {roff(words)}\\fR {usage}", ".br", roff(help_text)]
            described = [a for a in _options(child) if a.dest != "config_dir" and (a.option_strings or a.help)]
            lines += [line for action in described for line in _option_lines(action)]
    lines.append(extra.strip())
    return "\n".join(lines) + "\n"


def _usage_words(parser: argparse.ArgumentParser) -> list[str]:
    words = []
    for action in _options(parser):
        if action.option_strings or action.dest == "config_dir":
            continue
        word = f"\\fI{roff(str(action.metavar or action.dest).upper())}\\fR"
        words.append(f"[{word}]" if action.nargs in ("?", "*") else word)
    sub = _subparsers(parser)
    if sub is not None:
        words.append("\\fIACTION\\fR")
    return words


def bash_completion(parser: argparse.ArgumentParser) -> str:
    """A completion function: commands, then each command's options; directories, files and choices
    where an option or argument takes them."""
    top = [name for name in _subparsers(parser).choices]  # type: ignore[union-attr]
    cases, nested = [], []
    for words, _help, child in _commands(parser):
        options = sorted({o for a in child._actions for o in a.option_strings})
        sub = _subparsers(child)
        if sub is not None:
            nested.append(f'        "{words}") subs="{" ".join(sub.choices)}" ;;')
        positional = [
            str(c) for a in child._actions if not a.option_strings and a.choices and sub is None for c in a.choices
        ]
        cases.append(f'        "{words}") opts="{" ".join(options)}" pos="{" ".join(positional)}" ;;')
    valued = sorted(
        {o for _, _, child in _commands(parser) for a in child._actions if a.nargs != 0 for o in a.option_strings}
        | {o for a in parser._actions if a.nargs != 0 for o in a.option_strings}
    )
    choices = []
    for _, _, child in _commands(parser):
        for action in child._actions:
            if action.option_strings and action.choices:
                for option in action.option_strings:
                    choices.append(
                        f'        {option}) COMPREPLY=($(compgen -W "{" ".join(action.choices)}" -- "$cur")); return ;;'
                    )
    choices = sorted(set(choices))
    named = sorted(
        words
        for words, _, child in _commands(parser)
        if any(a.dest == "name" and not a.option_strings for a in child._actions)
    )
    return f"""# bash completion for {CLI} (generated from its argparse by tools/cli_docs.py; do not edit)
_pingtower_desktop_cli() {{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        words=("${{COMP_WORDS[@]}}") cword=$COMP_CWORD cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
    fi
    case $prev in
        --config-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --ca-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
{chr(10).join(choices)}
    esac
    local command="" given=0 config=() i word
    for ((i = 1; i < cword; i++)); do
        word=${{words[i]}}
        [[ $word == --config-dir ]] && config=(--config-dir "${{words[i+1]}}")
        case " {" ".join(valued)} " in
            *" $word "*) ((i++)); continue ;;
        esac
        [[ $word == -* ]] && continue
        if [[ -z $command ]]; then command=$word; continue; fi
        local subs=""
        case $command in
{chr(10).join(nested)}
        esac
        if [[ " $subs " == *" $word "* ]]; then command="$command $word"; else ((given++)); fi
    done
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "{" ".join(top)} --config-dir --version --help" -- "$cur"))
        return
    fi
    local opts="" subs="" pos=""
    case $command in
{chr(10).join(cases)}
    esac
    case $command in
{chr(10).join(nested)}
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ -n $subs && $command != *" "* ]]; then
        COMPREPLY=($(compgen -W "$subs" -- "$cur"))
    elif [[ -n $pos ]]; then
        COMPREPLY=($(compgen -W "$pos" -- "$cur"))
    elif [[ $given -eq 0 && " {" ".join(named)} " == *" $command "* ]]; then
        # the stored channels' names, from the same config folder, quoted for the shell
        local wanted=${{cur//\\\\/}} name
        wanted=${{wanted#[\\"\\']}}
        COMPREPLY=()
        while IFS= read -r name; do
            [[ $name == "$wanted"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
        done < <("${{words[0]}}" "${{config[@]}}" list --names 2>/dev/null)
    elif [[ $command == import || $command == export ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}}
complete -F _pingtower_desktop_cli {CLI}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("man-cli", "man-app", "bash"))
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="the man page's date")
    args = parser.parse_args()
    if args.what == "man-cli":
        sys.stdout.write(man_page(cli_parser(), CLI, args.date, cli_parser().description or "", CLI_EXTRA))
    elif args.what == "man-app":
        sys.stdout.write(man_page(app_parser(), APP, args.date, APP_DESCRIPTION, APP_EXTRA))
    else:
        sys.stdout.write(bash_completion(cli_parser()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
