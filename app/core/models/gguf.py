"""Reads a GGUF file's header without loading the model.

Lets Parley refuse a file that is missing, unreadable, truncated or not a GGUF with
a sentence that names it, and describe a model (architecture, size, quantization,
context, chat template) before spending seconds and memory on a load.
"""

from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import ModelError
from app.core.i18n import QT_TRANSLATE_NOOP, Message

MAGIC = b"GGUF"

# GGUF value types (from the format's specification).
_SCALARS: dict[int, str] = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING = 8
_ARRAY = 9

# llama.cpp's `general.file_type` values, by the name users know them under.
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4",
}  # fmt: skip


# ggml tensor types: (elements per block, bytes per block), to know where the data ends.
_TENSOR_BLOCKS: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34), 9: (32, 36),
    10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210), 15: (256, 292),
    16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110),
    22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8),
    29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17),
}  # fmt: skip


class ModelFileError(ModelError):
    """A model file that cannot be used; the message is a sentence for the user."""


@dataclass(frozen=True)
class GGUFInfo:
    path: Path
    version: int
    file_size: int
    metadata: dict[str, object] = field(repr=False)
    parameters: int

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str:
        name = self.metadata.get("general.name") or self.metadata.get("general.basename")
        return str(name) if name else self.path.stem

    @property
    def quantization(self) -> str:
        value = self.metadata.get("general.file_type")
        if isinstance(value, int):
            return FILE_TYPES.get(value, f"type {value}")
        return "unknown"

    def hyperparameter(self, key: str) -> int | None:
        """A positive whole number under the architecture's own keys, e.g. "block_count"."""
        value = self.metadata.get(f"{self.architecture}.{key}")
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None

    @property
    def context_length(self) -> int | None:
        return self.hyperparameter("context_length")

    @property
    def block_count(self) -> int | None:
        return self.hyperparameter("block_count")

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None


class _Reader:
    def __init__(self, buffer: mmap.mmap | bytes) -> None:
        self.buffer = buffer
        self.pos = 0

    def take(self, fmt: str) -> int | float | bool:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.buffer):
            raise EOFError
        (value,) = struct.unpack_from(fmt, self.buffer, self.pos)
        self.pos += size
        return value

    def string(self) -> str:
        length = int(self.take("<Q"))
        if self.pos + length > len(self.buffer):
            raise EOFError
        raw = bytes(self.buffer[self.pos : self.pos + length])
        self.pos += length
        return raw.decode("utf-8", errors="replace")

    def value(self, kind: int) -> object:
        if kind in _SCALARS:
            return self.take(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item_kind = int(self.take("<I"))
            count = int(self.take("<Q"))
            if item_kind in _SCALARS:
                # Arrays (token scores, types) are skipped: only their length matters here.
                size = struct.calcsize(_SCALARS[item_kind]) * count
                if self.pos + size > len(self.buffer):
                    raise EOFError
                self.pos += size
            elif item_kind == _STRING:
                for _ in range(count):
                    length = int(self.take("<Q"))  # read before moving: take() moves pos
                    self.pos += length
            else:
                raise ValueError(f"unsupported array type {item_kind}")
            return count
        raise ValueError(f"unknown value type {kind}")


def _truncated(path: Path) -> str:
    return Message(
        QT_TRANSLATE_NOOP(
            "core", "{path} is truncated or damaged (the file ends before the model data it describes)"
        ),
        path=path,
    )


def _not_gguf(path: Path) -> str:
    return Message(
        QT_TRANSLATE_NOOP("core", "{path} is not a GGUF model file (it lacks the GGUF signature)"), path=path
    )


def _describe(path: Path, data: mmap.mmap | bytes, size: int) -> GGUFInfo:
    if data[:4] != MAGIC:
        raise ModelFileError(_not_gguf(path))
    reader = _Reader(data)
    reader.pos = 4
    try:
        version = int(reader.take("<I"))
        if version not in (2, 3):
            raise ModelFileError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path} uses GGUF version {version}, which Parley cannot read"),
                    path=path,
                    version=version,
                )
            )
        n_tensors = int(reader.take("<Q"))
        n_kv = int(reader.take("<Q"))
        metadata: dict[str, object] = {}
        for _ in range(n_kv):
            key = reader.string()
            metadata[key] = reader.value(int(reader.take("<I")))
        parameters = 0
        data_end = 0  # bytes of tensor data the header promises
        for _ in range(n_tensors):
            reader.string()
            dims = [int(reader.take("<Q")) for _ in range(int(reader.take("<I")))]
            kind = int(reader.take("<I"))
            offset = int(reader.take("<Q"))
            count = 1
            for dim in dims:
                count *= dim
            parameters += count
            per_block, block_bytes = _TENSOR_BLOCKS.get(kind, (1, 0))
            data_end = max(data_end, offset + count // per_block * block_bytes, offset + 1)
        alignment = metadata.get("general.alignment", 32)
        align = alignment if isinstance(alignment, int) and alignment > 0 else 32
        data_start = (reader.pos + align - 1) // align * align
        if n_tensors and data_start + data_end > size:
            raise EOFError
    except EOFError:
        raise ModelFileError(_truncated(path)) from None
    except (ValueError, struct.error, OverflowError) as exc:
        raise ModelFileError(f"{path} has a damaged GGUF header ({exc})") from None
    return GGUFInfo(path, version, size, metadata, parameters)


def read_gguf(path: str | os.PathLike[str]) -> GGUFInfo:
    """Validate and describe a GGUF file; raises ModelFileError with a user-facing sentence."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ModelFileError(Message(QT_TRANSLATE_NOOP("core", "model file not found: {path}"), path=path))
    if path.is_dir():
        raise ModelFileError(
            Message(QT_TRANSLATE_NOOP("core", "{path} is a folder, not a GGUF model file"), path=path)
        )
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < 24:
                head = handle.read()
                if head[:4] != MAGIC:
                    raise ModelFileError(_not_gguf(path))
                raise ModelFileError(_truncated(path))
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return _describe(path, data, size)
    except PermissionError:
        raise ModelFileError(
            Message(QT_TRANSLATE_NOOP("core", "cannot read model file {path}: permission denied"), path=path)
        ) from None
    except OSError as exc:
        raise ModelFileError(f"cannot read model file {path}: {exc.strerror or exc}") from None


def human_size(n_bytes: int) -> str:
    size = float(n_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit in ("B", "KB") else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} GB"


def human_count(count: int) -> str:
    if count >= 1e9:
        return f"{count / 1e9:.1f}B"
    if count >= 1e6:
        return f"{count / 1e6:.0f}M"
    return str(count)
