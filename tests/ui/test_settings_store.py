"""Every setting survives a save and a load; out-of-range values fall back one by one."""

from __future__ import annotations

from pathlib import Path

from app.core.options import ComputeType, FlashAttention, SpeechDevice
from app.core.settings import Settings
from app.ui.settings_store import SettingsStore


def test_every_field_round_trips(tmp_path: Path) -> None:
    settings = Settings(
        source_lang="de", target_lang="ja", model_path="/models/x.gguf", gpu_layers=12, threads=1,
        n_ctx=8192, flash_attn=FlashAttention.ON, window_geometry=b"\x01\x02", asr_model="base",
        asr_device=SpeechDevice.CPU, asr_compute_type=ComputeType.FLOAT32, input_device="USB mic",
        push_to_talk=True,
    )  # fmt: skip
    settings.set_prompt_style("/models/x.gguf", "tower")
    settings.set_prompt_style("", "generic-chat")
    store = SettingsStore(tmp_path / "s.ini")
    store.save(settings)
    again = SettingsStore(tmp_path / "s.ini").load()
    assert again == settings
    assert again.prompt_style_for("/models/x.gguf") == "tower" and again.prompt_style_for("other") == "auto"
    again.set_prompt_style("", "auto")
    assert again.prompt_style_for("") == "auto" and "generic-chat" not in again.prompt_styles


def test_bad_runtime_values_are_reset_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text(
        "[General]\nversion=1\nn_ctx=12\nflash_attn=sometimes\nasr_device=tpu\n"
        "asr_compute_type=int3\nprompt_styles=not json\nthreads=1\n"
    )
    store = SettingsStore(path)
    settings = store.load()
    defaults = Settings()
    assert (settings.n_ctx, settings.flash_attn, settings.asr_device) == (4096, "auto", "auto")
    assert (settings.asr_compute_type, settings.prompt_styles) == (defaults.asr_compute_type, "")
    assert settings.threads == 1
    for name in ("n_ctx", "flash_attn", "asr_device", "asr_compute_type", "prompt_styles"):
        assert name in store.notice


def test_closed_sets_are_stored_as_their_words(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    settings = Settings(flash_attn="off", asr_device="cuda", asr_compute_type="int8", speaker_mode="b")  # type: ignore[arg-type]
    SettingsStore(path).save(settings)
    text = path.read_text()
    for line in ("flash_attn=off", "asr_device=cuda", "asr_compute_type=int8", "speaker_mode=b"):
        assert line in text.splitlines(), text
    again = SettingsStore(path).load()
    assert again == settings and type(again.flash_attn) is type(settings.flash_attn)


def test_a_language_code_in_capitals_is_read_not_reset(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nversion=1\nsource_lang=DE\ntarget_lang=Fr\n")
    store = SettingsStore(path)
    settings = store.load()
    assert (settings.source_lang, settings.target_lang) == ("de", "fr") and store.notice == ""
