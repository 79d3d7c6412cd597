"""WebVTT tracks built from a lesson's transcript, so the video carries captions and chapters
without editors authoring a second copy of what was said.

Captions: one or more cues per timed speaker turn, the turn's words split into caption-length
cues and its time shared among them by length; a turn ends where the next timed turn begins,
or at the lesson's duration. Chapters: each section heading starts at the first timed turn
after it and ends where the next chapter starts. Turns without a start time cannot be placed
on the timeline and are left out (the reader page's transcript still shows them).
"""

from dataclasses import dataclass
from typing import Any

# Two lines of about 42 characters: the common broadcast limit for a readable caption.
LINE_LENGTH = 42
CUE_LENGTH = LINE_LENGTH * 2


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def vtt_time(seconds: float) -> str:
    """WebVTT wants HH:MM:SS.mmm."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def escape(text: str) -> str:
    """Cue text is markup: `&`, `<` and `>` must be escaped, and a blank line ends a cue."""
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_words(text: str, limit: int = CUE_LENGTH) -> list[str]:
    """Words packed into pieces of at most `limit` characters (a longer word stands alone)."""
    pieces: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > limit:
            pieces.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        pieces.append(current)
    return pieces


def _two_lines(piece: str) -> str:
    lines = split_words(piece, LINE_LENGTH)
    if len(lines) <= 2:
        return "\n".join(lines)
    middle = len(piece) // 2
    cut = piece.rfind(" ", 0, middle + 1)
    cut = cut if cut > 0 else piece.find(" ")
    return f"{piece[:cut]}\n{piece[cut + 1 :]}" if cut > 0 else piece


def _is_timed_turn(block) -> bool:
    return block.block_type == "speaker_turn" and block.value.start_seconds is not None


def _timed_turns(lesson) -> list[tuple[int, Any]]:
    turns = [
        (block.value.start_seconds, block.value)
        for block in lesson.transcript
        if _is_timed_turn(block)
    ]
    return sorted(turns, key=lambda turn: turn[0])


def _lesson_end(lesson, last_start: float) -> float:
    duration = lesson.duration.total_seconds() if lesson.duration else 0
    # A transcript can outrun a mistyped duration: give the last turn a few seconds anyway.
    return duration if duration > last_start else last_start + 5


def caption_cues(lesson) -> list[Cue]:
    turns = _timed_turns(lesson)
    cues: list[Cue] = []
    for index, (start, turn) in enumerate(turns):
        later = [other for other, _ in turns[index + 1 :] if other > start]
        end = later[0] if later else _lesson_end(lesson, start)
        pieces = split_words(" ".join(turn.get("paragraphs") or []))
        total = sum(len(piece) for piece in pieces) or 1
        at = float(start)
        speaker = escape(turn.speaker)
        for piece in pieces:
            length = (end - start) * len(piece) / total
            body = "\n".join(escape(line) for line in _two_lines(piece).split("\n"))
            cues.append(Cue(at, at + length, f"<v {speaker}>{body}" if speaker else body))
            at += length
    return cues


def chapter_cues(lesson) -> list[Cue]:
    starts: list[tuple[float, str]] = []
    pending: list[str] = []
    for block in lesson.transcript:
        if block.block_type == "section_heading" and str(block.value).strip():
            pending.append(str(block.value))
        elif pending and _is_timed_turn(block):
            starts.append((float(block.value.start_seconds), pending[-1]))
            pending = []
    starts.sort(key=lambda chapter: chapter[0])
    cues = []
    for index, (start, title) in enumerate(starts):
        later = [other for other, _ in starts[index + 1 :] if other > start]
        end = later[0] if later else _lesson_end(lesson, start)
        cues.append(Cue(start, end, escape(title)))
    return cues


def render(cues: list[Cue]) -> str:
    blocks = ["WEBVTT"]
    for number, cue in enumerate(cues, start=1):
        blocks.append(f"{number}\n{vtt_time(cue.start)} --> {vtt_time(cue.end)}\n{cue.text}")
    return "\n\n".join(blocks) + "\n"


def captions_vtt(lesson) -> str:
    return render(caption_cues(lesson))


def chapters_vtt(lesson) -> str:
    return render(chapter_cues(lesson))
