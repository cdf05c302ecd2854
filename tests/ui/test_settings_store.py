"""Every setting survives a save and a load; out-of-range values fall back one by one."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from app.core.options import ComputeType, FlashAttention, SpeechDevice
from app.core.settings import MIGRATIONS, Settings
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


def test_a_newer_versions_file_is_read_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    original = (
        "[General]\nversion=2\nparty_a_name=Ana\nparty_b_name=Ben\nsource_lang=de\ntarget_lang=ja\n"
        "text_scale=180\nwhisper_beam=5\n"
    )
    path.write_text(original)
    store = SettingsStore(path)
    settings = store.load()
    assert (settings.party_a_name, settings.party_b_name, settings.text_scale) == ("Ana", "Ben", 180)
    assert (settings.source_lang, settings.target_lang) == ("de", "ja")
    assert "newer version of Parley" in store.notice and "not kept" in store.notice
    assert store.backup is None and list(tmp_path.iterdir()) == [path]
    settings.party_a_name = "Changed"
    store.save(settings)  # as the window does when it closes
    assert path.read_text() == original


def test_an_older_versions_file_is_migrated_forward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nversion=0\nparty_a_name=Ana\ntext_size=180\n")
    # A step of the kind a release adds: a key renamed between versions 0 and 1.
    monkeypatch.setitem(MIGRATIONS, 0, lambda v: {**{k: x for k, x in v.items() if k != "text_size"},
                                                  "text_scale": v["text_size"]})  # fmt: skip
    store = SettingsStore(path)
    settings = store.load()
    assert (settings.party_a_name, settings.text_scale) == ("Ana", 180) and store.notice == ""
    store.save(settings)
    lines = path.read_text().splitlines()
    assert "version=1" in lines and "text_scale=180" in lines and "party_a_name=Ana" in lines
    assert not any(line.startswith("text_size") for line in lines)


def test_an_older_file_without_steps_keeps_its_values(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nversion=0\nparty_b_name=Ben\ntarget_lang=es\n")
    store = SettingsStore(path)
    settings = store.load()
    assert (settings.party_b_name, settings.target_lang) == ("Ben", "es") and store.notice == ""


def test_a_file_of_random_bytes_is_kept_as_a_backup_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    junk = bytes(random.Random(7).randrange(256) for _ in range(3000))
    path.write_bytes(junk)
    store = SettingsStore(path)
    settings = store.load()
    assert settings == Settings()
    assert "damaged" in store.notice and str(path) in store.notice
    assert store.backup is not None and store.backup.read_bytes() == junk
    assert str(store.backup) in store.notice
    store.save(settings)
    assert store.backup.read_bytes() == junk  # the save replaced the file, not its copy
    again = SettingsStore(path)
    assert again.load() == settings and again.notice == ""


def test_a_partly_damaged_file_is_kept_before_values_are_reset(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nversion=1\nn_ctx=12\nparty_a_name=Ana\n")
    store = SettingsStore(path)
    assert store.load().party_a_name == "Ana"
    assert store.backup is not None and "n_ctx=12" in store.backup.read_text()
    assert str(store.backup) in store.notice


def test_settings_that_cannot_be_written_are_named_at_load(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the settings' folder should be")
    store = SettingsStore(tmp_path / "blocked" / "s.ini")
    store.load()
    assert "cannot be saved" in store.notice and "lost when Parley closes" in store.notice
    assert "cannot be saved" in store.save(Settings())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_settings_file_is_named_at_load(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nversion=1\nparty_a_name=Ana\n")
    path.chmod(0o444)
    store = SettingsStore(path)
    assert store.load().party_a_name == "Ana" and "cannot be saved" in store.notice


def test_what_can_be_read_of_a_damaged_file_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    content = b"[General]\nparty_a_name=Ana\n\x00\xff\xfe broken [[[\ntext_scale=170\n"
    path.write_bytes(content)
    store = SettingsStore(path)
    settings = store.load()
    assert (settings.party_a_name, settings.text_scale) == ("Ana", 170)
    assert "could not be read" in store.notice
    assert store.backup is not None and store.backup.read_bytes() == content
