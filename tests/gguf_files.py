"""Writes small GGUF files for tests: valid headers, truncated ones, unsupported architectures."""

from __future__ import annotations

import struct
from pathlib import Path


def _string(value: str) -> bytes:
    raw = value.encode()
    return struct.pack("<Q", len(raw)) + raw


def write_gguf(path: Path, metadata: dict[str, object], tensors: int = 1, data_bytes: int = 64) -> Path:
    body = b""
    for key, value in metadata.items():
        body += _string(key)
        if isinstance(value, bool):
            body += struct.pack("<I?", 7, value)
        elif isinstance(value, int):
            body += struct.pack("<II", 4, value)
        elif isinstance(value, str):
            body += struct.pack("<I", 8) + _string(value)
        elif isinstance(value, list):
            body += struct.pack("<IIQ", 9, 8, len(value)) + b"".join(_string(v) for v in value)
        else:
            raise TypeError(value)
    infos = b""
    for index in range(tensors):
        infos += _string(f"blk.{index}.weight") + struct.pack("<I", 2) + struct.pack("<QQ", 4, 4)
        infos += struct.pack("<IQ", 0, index * 64)  # F32, offset
    header = b"GGUF" + struct.pack("<IQQ", 3, tensors, len(metadata)) + body + infos
    padding = b"\0" * (-len(header) % 32)
    path.write_bytes(header + padding + b"\0" * data_bytes * tensors)
    return path
