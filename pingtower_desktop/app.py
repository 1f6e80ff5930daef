"""``pingtower-desktop``: the desktop app's entry point."""

from __future__ import annotations

import argparse
import gc
import sys

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pingtower-desktop",
        description=(
            "Manage PingTower notification channels from the desktop. A form per channel type (Telegram, e-mail, "
            "Slack, webhooks and the PingTower Python bot), a one-click test, secrets in the desktop keyring, "
            "delivery straight from this computer or two-way sync with a PingTower server."
        ),
    )
    parser.add_argument("--config-dir", metavar="DIR", help="keep channels and settings in this folder")
    parser.add_argument("--language", choices=["system", "en", "ru"], help="the UI language for this run")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check the app without a screen, print a report, exit 0 if all is well"
    )
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    # Start-up makes tens of thousands of long-lived objects (modules, classes, Qt's enums, pydantic's
    # schemas) and next to no garbage: the collector only slows it down. It resumes once the app is ready.
    gc.disable()
    # What the first window needs that is not Qt, before PySide6: once loaded, PySide6 reads the source
    # of every module imported after it, looking for uses of itself.
    from .storage import listing, paths  # noqa: F401
    from .ui.display import display_problem, no_display_message
    from .ui.i18n import resolve_language

    problem = display_problem()
    if problem:
        print(no_display_message(problem, resolve_language(args.language or "system")), file=sys.stderr)
        return 1
    from .ui.application import Shell, make_application
    from .ui.context import AppStart
    from .ui.i18n import Translations

    app = make_application(sys.argv[:1])
    start = AppStart.open(args.config_dir)
    reporter = report_errors(start.paths)
    shell = Shell(start, Translations(), args.language)
    shell.ready.connect(collect_from_now_on)
    shell.window.show()
    try:
        return app.exec()
    finally:
        shell.close()
        reporter.uninstall()


def report_errors(paths):
    """From now on, uncaught exceptions are logged and shown (see ``ui.error_reporter``)."""
    from . import logs
    from .transport.keylog import keylog_warning
    from .ui.error_reporter import ErrorReporter

    reporter = ErrorReporter(logs.start(paths))
    reporter.install()
    keylog = keylog_warning()
    if keylog:
        logs.get("app").warning("%s", keylog)
    return reporter


def collect_from_now_on() -> None:
    """Resumes garbage collection, with what start-up made moved to the permanent generation: later
    collections (during Test all, a sync) do not walk it again."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
