"""Snippets: the passage of a result that best shows why it matched, with the matched words in
<mark>. Everything around the marks is HTML-escaped, so a snippet is safe to insert as HTML.

The text comes from the search index itself (the plain text Wagtail indexed), so building a
snippet costs no query; lessons look inside their transcript to find the speaker turn.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape

from lessons.blocks import timecode_to_seconds

SNIPPET_WORDS = 32
MAX_SCAN_CHARS = 50_000
_EMPTY_ITEMS = re.compile(r"(?:,\s*){2,}")
_WORD_SPAN = re.compile(r"\S+")


def clean(text: str) -> str:
    """Index text joins fields and blocks with ", "; drop the runs left by empty ones."""
    return " ".join(_EMPTY_ITEMS.sub(", ", text or "").split()).strip(" ,")


def highlight(text: str, pattern: re.Pattern | None, words: int = SNIPPET_WORDS) -> str:
    """The window of `words` words holding the most matches, escaped, matches in <mark>."""
    text = clean(text)[:MAX_SCAN_CHARS]
    if not text:
        return ""
    spans = [match.span() for match in _WORD_SPAN.finditer(text)]
    matches = [m.span() for m in pattern.finditer(text) if m.end() > m.start()] if pattern else []
    start_word = _best_window(spans, matches, words)
    end_word = min(len(spans), start_word + words)
    start, end = spans[start_word][0], spans[end_word - 1][1]
    html = _marked(text, start, end, matches)
    if start_word > 0:
        html = "… " + html
    if end_word < len(spans):
        html += " …"
    return html


def _best_window(spans, matches, words: int) -> int:
    if not matches:
        return 0
    starts = [start for start, _ in spans]
    match_words = [_word_index(starts, start) for start, _ in matches]
    best, best_count, end = match_words[0], 0, 0
    for position, first in enumerate(match_words):
        while end < len(match_words) and match_words[end] < first + words:
            end += 1
        if end - position > best_count:
            best, best_count = first, end - position
    # Open a few words before the first match, so it is read in context.
    return max(0, min(best - 4, len(spans) - words))


def _word_index(starts: list[int], position: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= position:
            low = middle
        else:
            high = middle - 1
    return low


def _marked(text: str, start: int, end: int, matches) -> str:
    parts: list[str] = []
    cursor = start
    for match_start, match_end in matches:
        if match_start < cursor or match_end > end:
            continue
        parts.append(escape(text[cursor:match_start]))
        parts.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
        cursor = match_end
    parts.append(escape(text[cursor:end]))
    return "".join(parts)


@dataclass
class TurnMatch:
    snippet: str
    speaker: str
    start_seconds: int | None


def transcript_turns(raw_transcript) -> list[dict]:
    """Speaker turns from a transcript's raw StreamField data (no query for the experts)."""
    turns = []
    for block in raw_transcript or []:
        if block.get("type") != "speaker_turn":
            continue
        value = block.get("value") or {}
        paragraphs = [
            item.get("value", "") if isinstance(item, dict) else str(item)
            for item in value.get("paragraphs") or []
        ]
        turns.append(
            {
                "expert_id": value.get("expert"),
                "speaker_name": value.get("speaker_name") or "",
                "start_time": value.get("start_time") or "",
                "text": " ".join(paragraphs),
            }
        )
    return turns


def best_turn(
    turns: list[dict], pattern: re.Pattern | None, expert_names: dict
) -> TurnMatch | None:
    """The speaker turn with the most matches, or None when no turn matches."""
    if pattern is None:
        return None
    best, best_count = None, 0
    for turn in turns:
        count = len(pattern.findall(turn["text"]))
        if count > best_count:
            best, best_count = turn, count
    if best is None:
        return None
    speaker = expert_names.get(best["expert_id"]) or best["speaker_name"]
    return TurnMatch(
        snippet=highlight(best["text"], pattern),
        speaker=speaker,
        start_seconds=timecode_to_seconds(best["start_time"]),
    )
