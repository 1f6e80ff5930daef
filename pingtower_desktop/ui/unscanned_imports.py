"""Imports after the first paint without PySide6's source scan.

Once PySide6 is loaded, its ``__feature__`` support (``shibokensupport/feature.py``) hooks
``builtins.__import__`` and reads the whole source of every module imported from then on, looking for
the word "PySide6", to learn which modules may switch on ``from __feature__ import snake_case``. For
the core's few hundred modules (pydantic's among them) that is about 50 ms of the start-up. The app
selects no feature, and a module the scan never saw is treated as selecting none — the answer the scan
gives — so while the core loads, imports go straight to the import PySide6 itself calls next (its lazy
import of its own classes stays in place).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def unscanned_imports() -> Iterator[None]:
    """Inside: imports skip PySide6's feature scan. A PySide6 without it (other versions): nothing changes."""
    scanning = getattr(builtins, "__feature_import__", None)
    plain = getattr(builtins, "__orig_import__", None)
    if scanning is None or plain is None or builtins.__import__ is not scanning:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        if builtins.__import__ is plain:
            builtins.__import__ = scanning
