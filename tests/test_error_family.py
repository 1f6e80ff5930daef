"""One family of product errors: every exception class the package defines derives from ProductError."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pingtower_desktop
from pingtower_desktop.errors import ProductError, describe

PACKAGE = Path(pingtower_desktop.__file__).parent


def test_every_exception_class_the_package_defines_is_a_product_error():
    outside = []
    for path in sorted(PACKAGE.rglob("*.py")):  # ui/ is a namespace package: pkgutil would not walk it
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__main__":  # runs the program when imported
            continue
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for name, value in vars(module).items():
            ours = inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == module.__name__
            if ours and not issubclass(value, ProductError):
                outside.append(f"{module.__name__}.{name}")
    assert outside == []


def test_a_face_tells_product_errors_and_the_environments_from_bugs():
    from pingtower_desktop.storage.repository import ChannelNotFound

    assert describe(ChannelNotFound("Ops")) == "no channel is named 'Ops' or has that id"
    assert "No space left" in describe(OSError(28, "No space left on device"))
    assert describe(KeyError("x")) is None and describe(AttributeError("bug")) is None
