"""What every add-on shares: its place in the editor, access to the form, and one job at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtWidgets import QWidget

from ..worker import Job, JobBody

if TYPE_CHECKING:
    from ..editor.editor_layout import EditorFrame


class Addon(QWidget):
    # "top" sits above the type's fields, "bottom" below them, "side" beside them under Send test.
    placement: Literal["top", "bottom", "side"] = "bottom"

    def __init__(self, editor: EditorFrame) -> None:
        super().__init__(editor)
        self.editor = editor
        self.job: Job | None = None

    def refresh(self) -> None:
        """The form changed (or a channel was loaded)."""

    def focus_chain(self) -> list[QWidget]:
        return []

    def value(self, key: str) -> Any:
        return self.editor.shown_form().inputs[key].value()

    def set_value(self, key: str, value: Any) -> None:
        self.editor.shown_form().inputs[key].set_value(value)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(
        self, name: str, body: JobBody, on_finished: Callable[[Any], None], on_failed: Callable[[str], None]
    ) -> None:
        """Runs ``body`` on the worker; the callbacks should be this add-on's own methods."""
        self.job = self.editor.context.worker.submit(name, body)
        self.job.finished.connect(on_finished)
        self.job.failed.connect(on_failed)
        self.job.ended.connect(self._job_ended)
        self.refresh()

    def _job_ended(self) -> None:
        self.job = None
        self.refresh()

    def cancel(self) -> None:
        """The add-on is going away: its job must not report to it any more."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
