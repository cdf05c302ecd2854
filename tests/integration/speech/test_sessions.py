"""Many listening sessions on one speech service: push-to-talk makes one per press.

Nothing may pile up per session: the translator forgets a session once its last final is
done, and every audio source is closed and freed.
"""

from __future__ import annotations

import gc
import sys
import time
import weakref

from app.core.speech.audio import SAMPLE_RATE, FileSource
from app.core.speech.events import ListeningStarted, SpeechEvent, TranscriptChanged, UtteranceDone
from app.core.speech.recognizer import RecognizerConfig
from app.core.speech.service import SessionConfig, SpeechService
from app.core.translation.engine import TranslationEngine
from app.core.translation.glossary import Glossary
from tests.speech_clips import clip, samples
from tests.unit.speech.test_source_contract import open_files

PRESSES = 500
SPOKEN = 2  # presses that are recognised and translated for real; the rest are too short for Whisper


def _wait(condition: object, timeout: float, what: str) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        assert time.perf_counter() < deadline, what
        time.sleep(0.005)


def test_five_hundred_push_to_talk_presses_leave_nothing_behind(engine: TranslationEngine) -> None:
    events: list[SpeechEvent] = []
    service = SpeechService(engine, events.append)
    translator = service.translator
    # A second of speech per press: the VAD hears it start, so each session hands the translator
    # a clock (its source's) and a glossary. Decoding is off for these presses, so 500 of them
    # stay quick; SPOKEN of them are recognised and translated for real.
    burst = samples("thanks")[int(0.5 * SAMPLE_RATE) : int(1.5 * SAMPLE_RATE)].copy()
    no_decode = RecognizerConfig(decode_interval_s=1e9, early_decode_silence_s=1e9, min_speech_s=1e9)
    freed: list[weakref.ref[FileSource]] = []
    try:
        for press in range(PRESSES):
            spoken = press % (PRESSES // SPOKEN) == 0
            source = FileSource(clip("thanks") if spoken else None, samples=None if spoken else burst,
                                realtime=False)  # fmt: skip
            config = SessionConfig(target="fr" if spoken else "", glossary=Glossary.parse("help = aide"))
            if not spoken:
                config.recognizer = no_decode
            freed.append(weakref.ref(source))
            service.start_session(source, config)
            del source
            if press % 7 == 3:
                service.stop_session()  # released at once: maybe before the session even began
            _wait(lambda: not service.active, 60, f"press {press} did not end")
        # A file stopped half-way (the user stops a replay): its decoder must let go of the file.
        station = FileSource(clip("station"), realtime=True)
        replay = service.start_session(station, SessionConfig(target=""))
        _wait(lambda: any(isinstance(e, ListeningStarted) and e.session == replay for e in events), 30,
              "the replay did not start")  # fmt: skip
        service.stop_session()
        _wait(lambda: not service.active, 30, "the replay did not stop")
        _wait(lambda: translator.pending_finals() == 0 and not translator.has_work(), 60, "finals")
        done = [e for e in events if isinstance(e, UtteranceDone)]
        assert len(done) == SPOKEN and all(e.record.translation for e in done), done
        assert sum(isinstance(e, ListeningStarted) for e in events) > PRESSES * 0.8
        heard = {e.session for e in events if isinstance(e, TranscriptChanged)}  # speech began
        assert len(heard) > PRESSES * 0.8
        # Nothing is kept per session once its last final is done.
        assert translator._clocks == {}
        assert translator._glossaries == {}
        assert translator._completed == {}
        assert translator._records == {} and translator._conversations == {}
        gc.collect()
        alive = [n for n, ref in enumerate(freed) if ref() is not None]
        assert alive == [], f"{len(alive)} of {PRESSES} sources are still held"
        if sys.platform.startswith("linux"):
            assert open_files(clip("station")) == 0, "a stopped replay keeps its file open"
        assert station.finished
    finally:
        assert service.close(5)
