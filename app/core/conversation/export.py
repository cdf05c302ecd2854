"""A kept conversation as plain text, SubRip (SRT), WebVTT or JSON.

Subtitle cues take their times from each turn (the audio's times for speech); cues never
go backwards and each lasts at least long enough to read.
"""

from __future__ import annotations

import datetime as dt
import json

from app.core.conversation.history import Session, Turn
from app.core.languages import get_language

FORMATS = ("txt", "srt", "vtt", "json")
MIN_CUE_S = 1.0
READ_CHARS_PER_S = 17.0  # a comfortable subtitle reading speed


def _stamp(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def cue_times(turns: list[Turn]) -> list[tuple[float, float]]:
    """Start and end of each turn's cue: in order, never overlapping the next one's start."""
    times: list[tuple[float, float]] = []
    previous_end = 0.0
    for index, turn in enumerate(turns):
        start = max(turn.start_s, previous_end)  # after the cue before it: cues never overlap
        readable = start + max(MIN_CUE_S, len(turn.translation) / READ_CHARS_PER_S)
        wanted = max(turn.end_s, readable)
        following = turns[index + 1].start_s if index + 1 < len(turns) else None
        # Give way to the next turn, but never below the minimum time to read this one.
        end = max(min(wanted, following), start + MIN_CUE_S) if following is not None else wanted
        times.append((start, end))
        previous_end = end
    return times


def _one_line(text: str) -> str:
    # A blank line would end a subtitle cue early: a turn's text is one line.
    return " ".join(text.split())


def _speaker(session: Session, turn: Turn) -> str:
    return session.conversation.party(turn.side).name


def to_txt(session: Session, turns: list[Turn]) -> str:
    c = session.conversation
    when = dt.datetime.fromtimestamp(session.started_at).strftime("%Y-%m-%d %H:%M")
    lines = [
        f"{session.title or 'Conversation'} — {when}",
        f"{c.a.name}: {get_language(c.a.language).name} · {c.b.name}: {get_language(c.b.language).name}",
        "",
    ]
    for turn in turns:
        lines.append(f"[{_stamp(turn.start_s, '.')[:-4]}] {_speaker(session, turn)}: {turn.source}")
        lines.append(f"{'':11}→ {turn.translation}")
    return "\n".join(lines) + "\n"


def to_srt(session: Session, turns: list[Turn]) -> str:
    blocks = []
    for number, (turn, (start, end)) in enumerate(zip(turns, cue_times(turns)), start=1):
        text = _one_line(f"{_speaker(session, turn)}: {turn.translation}")
        blocks.append(f"{number}\n{_stamp(start, ',')} --> {_stamp(end, ',')}\n{text}\n")
    return "\n".join(blocks)


def to_vtt(session: Session, turns: list[Turn]) -> str:
    blocks = ["WEBVTT\n"]
    for turn, (start, end) in zip(turns, cue_times(turns)):
        voice = _vtt_text(_one_line(_speaker(session, turn)))
        text = _vtt_text(_one_line(turn.translation))
        blocks.append(f"{_stamp(start, '.')} --> {_stamp(end, '.')}\n<v {voice}>{text}\n")
    return "\n".join(blocks)


def _vtt_text(text: str) -> str:
    # A cue's text may not hold "-->" or unescaped markup characters.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_json(session: Session, turns: list[Turn]) -> str:
    record = {"session": session.as_json(), "turns": [t.as_json() for t in turns]}
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def export(session: Session, turns: list[Turn], fmt: str) -> str:
    writers = {"txt": to_txt, "srt": to_srt, "vtt": to_vtt, "json": to_json}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writers[fmt](session, turns)
