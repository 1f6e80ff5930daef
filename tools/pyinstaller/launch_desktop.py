"""The bundle's ``pingtower-desktop`` executable (PyInstaller needs a script, not an entry point)."""

import sys

from pingtower_desktop.app import main

sys.exit(main())
