"""Each option is defined once: the command line, the settings repair and the option types all
take their names, defaults and bounds from the same spec, and refuse what it refuses."""

from __future__ import annotations

import argparse
import dataclasses

import pytest

from app.cli import _parser
from app.core.languages import get_language, normalize_code
from app.core.options import (
    ASR_DEVICE,
    FLASH_ATTN,
    MODEL_OPTIONS,
    SPEECH_OPTIONS,
    THREADS,
    FlashAttention,
    ModelOptions,
    OptionError,
    SpeechDevice,
    SpeechOptions,
    machine_threads,
    model_options_from_args,
    speech_options_from_args,
)
from app.core.settings import STORED_OPTIONS, Settings, SpeakerMode, field_types


def _translate(*options: str) -> argparse.Namespace:
    return _parser().parse_args(["translate", "--to", "fr", *options, "Hi"])


def _refusal(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        _parser().parse_args(list(argv))
    assert exit_info.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_the_option_types_and_their_specs_list_the_same_fields() -> None:
    for cls, specs in ((ModelOptions, MODEL_OPTIONS), (SpeechOptions, SPEECH_OPTIONS)):
        assert [f.name for f in dataclasses.fields(cls)] == [s.name for s in specs]
        assert cls() == cls(**{s.name: s.default for s in specs})


def test_the_settings_keep_each_stored_option_with_the_specs_default() -> None:
    defaults, kinds = Settings(), field_types()
    assert set(STORED_OPTIONS) == {"n_ctx", "threads", "gpu_layers", "flash_attn", "asr_model", "asr_device",
                                   "asr_compute_type", "endpoint_url", "endpoint_model",
                                   "endpoint_fallback"}  # fmt: skip
    for key, spec in STORED_OPTIONS.items():
        assert getattr(defaults, key) == spec.default
        assert kinds[key] in (int, str, bool)  # a closed set is kept as its word: files stay as they were


def test_command_line_defaults_are_the_specs() -> None:
    args = _translate()
    assert model_options_from_args(args) == ModelOptions()
    transcribe = _parser().parse_args(["transcribe", "clip.wav"])
    assert speech_options_from_args(transcribe) == SpeechOptions()


def test_threads_are_bounded_by_the_machine_on_the_command_line_and_in_the_settings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    most = machine_threads()
    assert THREADS.bounds() == (0, most)
    assert _translate("--threads", str(most)).threads == most
    line = _refusal(capsys, "translate", "--to", "fr", "--threads", "10000", "Hi")
    assert "--threads" in line and f"from 0 to {most}" in line and "10000" in line
    repaired, bad = Settings(threads=10000).repaired()
    assert bad == ["threads"] and repaired.threads == THREADS.default
    assert Settings(threads=most).problems() == []
    with pytest.raises(OptionError, match=f"from 0 to {most}"):
        ModelOptions(threads=most + 1)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (("--ctx", "100"), "--ctx: must be a whole number from 256 to 262144"),
        (("--gpu-layers", "-2"), "--gpu-layers: must be a whole number from -1 to 1000"),
        (("--flash-attn", "sometimes"), "--flash-attn: must be one of auto, on, off"),
        (("--prompt-style", "haiku"), "--prompt-style: must be one of auto, few-shot"),
        (("--threads", "many"), "--threads: must be a whole number"),
    ],
)
def test_out_of_range_values_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], fragment: str
) -> None:
    assert fragment in _refusal(capsys, "translate", "--to", "fr", *argv, "Hi")


def test_closed_sets_are_enums_that_read_and_print_as_their_words() -> None:
    args = _translate("--flash-attn", "ON")
    assert args.flash_attn is FlashAttention.ON
    assert f"{args.flash_attn}" == str(args.flash_attn) == "on"
    assert ModelOptions(flash_attn="off").flash_attn is FlashAttention.OFF  # type: ignore[arg-type]
    settings = Settings(flash_attn="on", asr_device="cpu", speaker_mode="b")  # type: ignore[arg-type]
    assert settings.flash_attn is FlashAttention.ON and settings.asr_device is SpeechDevice.CPU
    assert settings.speaker_mode is SpeakerMode.B
    assert FLASH_ATTN.choices == ("auto", "on", "off") and ASR_DEVICE.label_of("auto") == "Automatic"


def test_the_settings_model_options_round_trip() -> None:
    settings = Settings(model_path="m.gguf", n_ctx=2048, threads=1, gpu_layers=0, flash_attn="off")  # type: ignore[arg-type]
    settings.set_prompt_style("m.gguf", "tower")
    options = settings.model_options()
    assert options == ModelOptions(2048, 1, 0, FlashAttention.OFF, "tower")  # type: ignore[arg-type]
    other = Settings(model_path="m.gguf")
    other.use_model_options(options)
    assert other.model_options() == options


def test_language_codes_have_one_spelling_everywhere() -> None:
    assert normalize_code(" DE ") == "de" and get_language("DE").code == "de"
    assert _parser().parse_args(["transcribe", "a.wav", "--language", "DE"]).language == "de"
    assert _parser().parse_args(["transcribe", "a.wav", "--language", "German"]).language == "de"
    assert _parser().parse_args(["transcribe", "a.wav", "--language", "SV"]).language == "sv"  # Whisper's
    assert _translate("--from", "DE").source == "de"
    settings = Settings(source_lang="DE", target_lang=" Ja")
    assert (settings.source_lang, settings.target_lang) == ("de", "ja") and settings.problems() == []


def test_an_unknown_spoken_language_is_refused_with_the_known_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = _refusal(capsys, "transcribe", "a.wav", "--language", "klingon")
    assert "unknown language 'klingon'" in line and "en, fr" in line
