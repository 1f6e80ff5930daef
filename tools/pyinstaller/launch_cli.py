"""The bundle's ``pingtower-desktop-cli`` executable (PyInstaller needs a script, not an entry point)."""

import sys

from pingtower_desktop.cli import main

sys.exit(main())
