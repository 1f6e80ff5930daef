"""Small display helpers shared by the list, the editor and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .filled import filled


def local_time(iso: str, *, short: bool = False) -> str:
    """An ISO-8601 UTC time as the user's local time: the time only when it is today; with ``short``, the
    date only on other days."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    moment = moment.toLocalTime()
    locale = QLocale()
    if moment.date() == QDate.currentDate():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    if short:
        return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def _is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def outcome_color(delivered: bool) -> QColor:
    """Green or red, readable on the current light or dark palette."""
    if delivered:
        return QColor("#4ac26b") if _is_dark() else QColor("#1a7f37")
    return QColor("#ff7b72") if _is_dark() else QColor("#cf222e")


def warning_color() -> QColor:
    return QColor("#d29922") if _is_dark() else QColor("#9a6700")


def latency(ms: float) -> str:
    locale = QLocale()
    if ms < 10_000:
        return filled(QCoreApplication.translate("formatting", "%1 ms"), locale.toString(round(ms)))
    return filled(QCoreApplication.translate("formatting", "%1 s"), locale.toString(ms / 1000, "f", 1))
