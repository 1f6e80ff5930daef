"""The local store: the channels file, the keyring facade and the repository that joins them.

The names are loaded on first use, so that ``storage.paths`` or ``storage.listing`` can be
imported without the channel models (the window lists the channels before loading them).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names for type checkers (a redundant alias marks a re-export)
    from .config_file import ConfigFile as ConfigFile
    from .config_file import ConfigFileError as ConfigFileError
    from .config_file import NewerSchema as NewerSchema
    from .paths import AppPaths as AppPaths
    from .repository import ChannelNotFound as ChannelNotFound
    from .repository import ChannelRepository as ChannelRepository
    from .secrets import SERVICE as SERVICE
    from .secrets import KeyringStatus as KeyringStatus
    from .secrets import KeyringUnavailable as KeyringUnavailable
    from .secrets import SecretStore as SecretStore

_HOMES = {
    "ConfigFile": "config_file",
    "ConfigFileError": "config_file",
    "NewerSchema": "config_file",
    "AppPaths": "paths",
    "ChannelNotFound": "repository",
    "ChannelRepository": "repository",
    "SERVICE": "secrets",
    "KeyringStatus": "secrets",
    "KeyringUnavailable": "secrets",
    "SecretStore": "secrets",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(name)
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
