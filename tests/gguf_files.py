"""Crafts GGUF files for tests with the `gguf` package: small valid headers, wrong architectures,
and copies of a real model's metadata without its weights."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import gguf
import numpy as np


def write_gguf(
    path: Path, metadata: Mapping[str, object], tensors: int = 1, shape: tuple[int, int] = (4, 4)
) -> Path:
    """A GGUF with `metadata` (general.architecture included) and `tensors` F32 tensors of `shape`."""
    values = dict(metadata)
    writer = gguf.GGUFWriter(str(path), str(values.pop("general.architecture", "llama")))
    for key, value in values.items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_uint32(key, value)
        elif isinstance(value, str):
            writer.add_string(key, value)
        elif isinstance(value, list):
            writer.add_array(key, value)
        else:
            raise TypeError(value)
    for index in range(tensors):
        writer.add_tensor(f"blk.{index}.weight", np.zeros(shape, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def without_weights(model: Path, path: Path, changes: dict[str, object] | None = None) -> Path:
    """`model`'s metadata (with `changes` to its values) and vocabulary with one wrong tiny tensor:
    it passes every check before loading, and llama.cpp refuses it only when it loads the weights."""
    reader = gguf.GGUFReader(str(model))
    writer = gguf.GGUFWriter(str(path), str(reader.fields["general.architecture"].contents()))
    for name, field in reader.fields.items():
        if name.startswith("GGUF.") or name == "general.architecture":
            continue
        kind = field.types[0]
        sub = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        value = (changes or {}).get(name, field.contents())
        writer.add_key_value(name, value, kind, sub_type=sub)
    writer.add_tensor("token_embd.weight", np.zeros((1024, 1024), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
