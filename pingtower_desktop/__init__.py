"""PingTower Desktop: manage PingTower notification channels from the desktop."""

# The one place the version is written: pyproject.toml reads it from here (reading the installed
# package's metadata instead costs about 30 ms of every start).
__version__ = "0.1.0"
