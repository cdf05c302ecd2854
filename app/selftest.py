"""`parley self-test`: every part checked offline, each named when it fails."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

Check = Callable[[], str]


def _translation_model() -> str:
    from app.core.models.bundled import gemma_path
    from app.core.models.gguf import human_size, read_gguf

    info = read_gguf(gemma_path())
    return f"tier fast: {info.name}, {info.quantization}, {human_size(info.file_size)}"


def _quality_model() -> str:
    """The quality tier is optional (the installer leaves it out): checked only when installed."""
    from app.core.models.bundled import QUALITY_PACKAGE, bundled_model, is_installed, quality_path
    from app.core.paths import bundle_dir

    model = bundled_model("qwen2.5-1.5b-instruct")
    if not is_installed(model):
        # An installer carries it as a package of its own; from source it is the Python packages.
        source = QUALITY_PACKAGE if bundle_dir() is not None else model.package
        return (
            f"not installed, not checked ({model.title} comes from the packages {source});"
            " the fast tier translates"
        )
    return "tier quality: " + _translate(quality_path())


SENTENCE = "Where can I buy a ticket for the bus?"


def _against_budget(total_ms: float, sentence: str) -> str:
    from app.core.models.tier import REALTIME_BUDGET, scaled_ms

    budget = REALTIME_BUDGET
    scaled = scaled_ms(total_ms, len(sentence.split()), budget)
    verdict = "within" if scaled <= budget.seconds * 1000 else "over"
    return f"; ≈ {scaled / 1000:.2f} s for {budget.words} words, {verdict} the {budget.seconds:g} s budget"


def _tier() -> str:
    """Which bundled model the window uses here, and the figures it was chosen by."""
    from app.core.models.tier import REALTIME_BUDGET, decide, describe_record, hardware_fingerprint
    from app.ui.settings_store import SettingsStore  # the window's settings file (Qt core, no display)

    settings = SettingsStore().load()
    decision = decide(settings.model_tier, settings.tier_record, hardware_fingerprint())
    figures = describe_record(decision.record)
    if decision.needs_measurement:
        figures.append("the window measures it in the background, or run `parley models --measure`")
    return "; ".join([f"{decision.describe()} (budget: {REALTIME_BUDGET.describe()})", *figures])


def _translate(path: Path | None = None) -> str:
    from app.core.translation.engine import EngineConfig, TranslationEngine
    from app.core.translation.events import RequestFailed, RequestFinished, TranslationRequest

    engine = TranslationEngine(EngineConfig(path))
    engine.start()
    try:
        engine.wait_ready(120)
        info = engine.model_info
        if info is None:
            raise RuntimeError(engine.load_error or "the model did not load")
        for event in engine.translate(TranslationRequest(SENTENCE, "en", "fr")):
            if isinstance(event, RequestFailed):
                raise RuntimeError(event.message)
            if isinstance(event, RequestFinished):
                if not event.translation.strip():
                    raise RuntimeError("the model produced no translation")
                ttft = event.metrics.ttft_ms or 0.0
                return (
                    f"{event.translation!r} in {event.metrics.total_ms:.0f} ms (first token {ttft:.0f} ms"
                    f"{_against_budget(event.metrics.total_ms, SENTENCE)}); "
                    f"backend {info.backend}, {info.gpu_layers} GPU layers, {info.threads} threads"
                )
        raise RuntimeError("the request ended without a result")
    finally:
        engine.close()


CLIP = Path(__file__).resolve().parent / "resources" / "selftest.wav"
CLIP_WORDS = ("train", "station", "city")  # the clip says "Where is the train station? …"


def _speech() -> str:
    from app.core.speech.audio import load_file
    from app.core.speech.vad import StreamingVad
    from app.core.speech.whisper import load_speech_model

    audio = load_file(CLIP)
    voiced = float((StreamingVad().feed(audio) > 0.5).mean())  # the VAD model is a data file
    if voiced == 0.0:
        raise RuntimeError("the voice activity detector heard no speech in the bundled clip")
    model = load_speech_model("tiny.en", device="cpu", compute_type="int8")
    heard = " ".join(w.text.strip() for w in model.transcribe(audio, "en").words)
    missing = [w for w in CLIP_WORDS if w not in heard.lower()]
    if missing:
        raise RuntimeError(f"the bundled clip was heard as {heard!r} (missing {', '.join(missing)})")
    return f"speech in {voiced:.0%} of the bundled clip; Whisper tiny.en heard {heard!r}"


def _multilingual_speech() -> str:
    from app.core.models.bundled import bundled_model, is_installed, whisper_base_path
    from app.core.paths import bundle_dir

    if bundle_dir() is not None and not is_installed(bundled_model("whisper-base")):
        raise RuntimeError(
            "Whisper base is not part of this installer; add a multilingual CTranslate2 Whisper "
            "folder in Models → Manage models… for speech other than English"
        )
    folder = whisper_base_path()
    if not (folder / "model.bin").is_file():
        raise RuntimeError(f"{folder / 'model.bin'} is missing")
    return f"Whisper base present ({folder})"


def _qt() -> str:
    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication(["parley", "-platform", "offscreen"])
    view = QChartView(QChart())
    view.resize(200, 100)
    view.grab()
    return f"Qt {QGuiApplication.platformName()} platform starts and draws a chart"


def _portaudio() -> str:
    import sounddevice

    devices = [d for d in sounddevice.query_devices() if d["max_input_channels"] > 0]
    return f"PortAudio {sounddevice.get_portaudio_version()[1]}, {len(devices)} input device(s)"


def _gpu() -> str:
    import llama_cpp

    from app.core.models.llama_build import gpu_backend
    from app.core.speech.whisper import speech_device

    backend = gpu_backend()
    llama = (
        "llama.cpp: CPU only (this build cannot offload; see the README for GPU builds)"
        if backend == "CPU"
        else f"llama.cpp: {backend}, up to {llama_cpp.llama_max_devices()} device(s)"
    )
    device, compute = speech_device()
    return f"{llama}; speech: {device} {compute}"


CHECKS: list[tuple[str, Check, bool]] = [
    # name, check, required (a missing microphone library only disables the microphone)
    ("acceleration", _gpu, True),
    ("translation model", _translation_model, True),
    ("translation", _translate, True),
    ("quality model", _quality_model, False),
    ("tier", _tier, False),
    ("speech", _speech, True),
    ("multilingual speech model", _multilingual_speech, False),
    ("Qt", _qt, True),
    ("microphone support", _portaudio, False),
]


def run_self_test() -> int:
    failed: list[str] = []
    for name, check, required in CHECKS:
        start = time.perf_counter()
        try:
            detail = check()
            status = "ok  "
        except Exception as exc:  # each check reports its own failure and the rest still run
            detail = f"{type(exc).__name__}: {exc}"
            status = "FAIL" if required else "warn"
            if required:
                failed.append(name)
        print(f"{status} {name}: {detail} [{time.perf_counter() - start:.1f} s]", flush=True)
    if failed:
        print(f"self-test failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("self-test passed")
    return 0
