"""The Qt binding itself must keep its references: PySide6-Essentials 6.12.0 on CPython 3.11 drops
one reference to None on every call of a void Qt method (and to True/False on bool results), so a
running app dies with "deallocating None" after a few thousand calls. Python 3.12+ hides this
(None is immortal there); 6.11.x is fine on 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 2000
#: References given back to None after the measurement, so a broken binding fails this test only.
_REPAIR: list[None] = []


def test_void_qt_calls_do_not_lose_references_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    _REPAIR.extend([None] * max(lost, 0))
    assert lost < CALLS // 10, (
        f"{lost} references to None lost in {CALLS} calls: this PySide6 build crashes a running app; "
        "use PySide6-Essentials < 6.12 on Python 3.11"
    )
