"""The local store: the channels file, the keyring facade and the repository that joins them."""

from .config_file import ConfigFile, ConfigFileError, NewerSchema
from .paths import AppPaths
from .repository import ChannelNotFound, ChannelRepository
from .secrets import SERVICE, KeyringStatus, KeyringUnavailable, SecretStore

__all__ = [
    "SERVICE",
    "AppPaths",
    "ChannelNotFound",
    "ChannelRepository",
    "ConfigFile",
    "ConfigFileError",
    "KeyringStatus",
    "KeyringUnavailable",
    "NewerSchema",
    "SecretStore",
]
