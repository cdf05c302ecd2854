"""Times the bundled models in the background and reports on the GUI thread (see core tier_probe).

The measurement runs on a thread of its own; each model it times is owned by its own engine's
worker thread. The GUI thread only starts it and receives signals: it never waits for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, SignalInstance

from app.core.bench.tier_probe import Candidate, MeasurementCancelled, measure_tiers
from app.core.models.tier import PROBE_SENTENCES, REALTIME_BUDGET, Budget
from app.core.options import ModelOptions
from app.ui.i18n import core_text, translate


class TierMeasurer(QObject):
    progress = Signal(str)  # a few words on what is being timed
    measured = Signal(object)  # the TierRecord
    failed = Signal(str)  # a sentence

    def __init__(self, parent: QObject | None = None, *, budget: Budget = REALTIME_BUDGET,
                 sentences: Sequence[str] = PROBE_SENTENCES,
                 candidates: Sequence[Candidate] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.budget = budget
        self.sentences = tuple(sentences)
        self.candidates = candidates
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, options: ModelOptions) -> bool:
        """Start measuring with the model options the user chose; False if a measurement runs."""
        if self.running:
            return False
        cancel = threading.Event()
        self._cancel = cancel

        def work() -> None:
            try:
                record = measure_tiers(
                    options, budget=self.budget, sentences=self.sentences, candidates=self.candidates,
                    progress=self._report, cancel=cancel,
                )  # fmt: skip
            except MeasurementCancelled:
                return
            except Exception as exc:  # reported as a sentence, never raised on a thread
                if not cancel.is_set():
                    failed = translate("TierMeasurer", "The bundled models could not be timed: {error}")
                    self._emit(self.failed, failed.format(error=core_text(exc)))
                return
            if not cancel.is_set():
                self._emit(self.measured, record)

        self._thread = threading.Thread(target=work, name="parley-tier-measure", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Ask the measurement to stop (it ends within a sentence); never waits for it."""
        if self._cancel is not None:
            self._cancel.set()

    def _report(self, text: str) -> None:
        self._emit(self.progress, core_text(text))  # a Message: translated before the signal makes it a str

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            signal.emit(value)
