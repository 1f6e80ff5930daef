"""The errors the product itself raises for a person to read: one family, as httpx and keyring keep theirs.

Every exception class the package defines derives from :class:`ProductError`, through the branch
that says where it comes from. A face (the window, the CLI) shows a ProductError's message (a
translatable :class:`~pingtower_desktop.text.Text` where the core made one) and treats anything else
as a bug: logged with its traceback and said to be one. An ``OSError`` (a full disk, a folder that
cannot be written) is the environment's, not a bug: :func:`describe` words it as the product does.
"""

from __future__ import annotations

from .text import message_of


class ProductError(Exception):
    """An error the product raises and shows; ``str()`` is its one-line message."""


class ConfigError(ProductError):
    """A channel, the channels file or an import cannot be used as asked (the user's input or files)."""


class KeyringError(ProductError):
    """The OS keyring cannot be used right now."""


class ServerFailure(ProductError):
    """A PingTower server could not be used as asked (logged out, unreachable, refused, misbehaving)."""


class DeliveryError(ProductError):
    """A peer a notification goes to could not be reached or refused it."""


def describe(error: BaseException) -> str | None:
    """What to tell a person about ``error``: the message of a product error or of the environment's (OSError),
    None for anything else — a bug."""
    if isinstance(error, ProductError):
        return message_of(error)
    if isinstance(error, OSError):
        from .storage import os_errors

        return os_errors.describe(error)
    return None
