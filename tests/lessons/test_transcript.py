"""Transcript validation: a pull quote must repeat something a speaker actually said."""

from wagtail.blocks import StreamBlockValidationError

import pytest

from lessons.blocks import TranscriptBlock, seconds_to_timecode, timecode_to_seconds


def transcript(*children):
    return TranscriptBlock().to_python([{"type": kind, "value": value} for kind, value in children])


TURN = (
    "speaker_turn",
    {
        "expert": None,
        "speaker_name": "Host",
        "start_time": "1:05",
        "paragraphs": ["Anxiety narrows attention.", "Kindness toward the body widens it again."],
    },
)


@pytest.mark.django_db
def test_quote_from_the_transcript_is_accepted():
    value = transcript(
        TURN,
        ("pull_quote", {"text": "kindness toward  the body widens it again", "attribution": ""}),
    )
    TranscriptBlock().clean(value)


@pytest.mark.django_db
def test_quote_nobody_said_is_refused_on_its_block():
    value = transcript(
        TURN,
        ("pull_quote", {"text": "Anxiety narrows attention.", "attribution": ""}),
        ("pull_quote", {"text": "Worry is a habit of the future.", "attribution": ""}),
    )
    with pytest.raises(StreamBlockValidationError) as error:
        TranscriptBlock().clean(value)
    assert set(error.value.block_errors) == {2}
    assert "does not occur in the transcript" in str(
        error.value.block_errors[2].block_errors["text"]
    )


@pytest.mark.django_db
def test_typographic_quotes_match_plain_ones():
    turn = (
        "speaker_turn",
        {**TURN[1], "paragraphs": ["It\u2019s the \u201cpause\u201d that heals."]},
    )
    TranscriptBlock().clean(
        transcript(
            turn, ("pull_quote", {"text": 'It\'s the "pause" that heals', "attribution": ""})
        )
    )


@pytest.mark.django_db
def test_turn_needs_a_speaker():
    turn = ("speaker_turn", {**TURN[1], "speaker_name": ""})
    with pytest.raises(StreamBlockValidationError):
        TranscriptBlock().clean(transcript(turn))


@pytest.mark.parametrize(
    ("timecode", "seconds"), [("0:00", 0), ("1:05", 65), ("12:30", 750), ("1:02:03", 3723)]
)
def test_timecodes_round_trip(timecode, seconds):
    assert timecode_to_seconds(timecode) == seconds
    assert seconds_to_timecode(seconds) == timecode


@pytest.mark.parametrize("bad", ["", "61:00", "1:5", "abc", None])
def test_bad_timecodes_are_none(bad):
    assert timecode_to_seconds(bad) is None
