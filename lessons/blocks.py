"""Transcript blocks: who speaks, when in the video, and the lines lifted out as pull quotes."""

import re

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.api_fields import expert_data
from cms.blocks import APIStreamBlock, HeadingBlock, PullQuoteBlock

TIMECODE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")
_QUOTE_MARKS = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2014": "-", "\u2013": "-"}
)


def timecode_to_seconds(timecode: str | None) -> int | None:
    """ "1:02:03" -> 3723; frontends seek the video with `#t=SECONDS`."""
    match = TIMECODE.match((timecode or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def seconds_to_timecode(total: int) -> str:
    hours, rest = divmod(int(total), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def normalise_text(text: str) -> str:
    """Compare quotes with transcripts regardless of case, spacing and typographic quotes."""
    return " ".join(text.translate(_QUOTE_MARKS).casefold().split()).strip(" \"'.")


class SpeakerTurnValue(blocks.StructValue):
    @property
    def speaker(self) -> str:
        expert = self.get("expert")
        return expert.name if expert else self.get("speaker_name", "")

    @property
    def start_seconds(self) -> int | None:
        return timecode_to_seconds(self.get("start_time"))


class SpeakerTurnBlock(blocks.StructBlock):
    expert = SnippetChooserBlock(
        "cms.Expert", required=False, help_text="The expert speaking, if it is one."
    )
    speaker_name = blocks.CharBlock(
        required=False, help_text="Otherwise, the speaker's name (a host, a client)."
    )
    start_time = blocks.RegexBlock(
        regex=TIMECODE.pattern,
        required=False,
        help_text="Where this turn starts in the video, as MM:SS or H:MM:SS.",
        error_messages={"invalid": "Use MM:SS or H:MM:SS, e.g. 4:05."},
    )
    paragraphs = blocks.ListBlock(blocks.TextBlock(label="Paragraph"), min_num=1)

    def get_api_representation(self, value, context=None):
        expert = value.get("expert")
        return {
            "speaker": value.speaker,
            "expert": expert_data(expert, (context or {}).get("request")),
            "start_time": value.get("start_time") or None,
            "start_seconds": value.start_seconds,
            "paragraphs": list(value.get("paragraphs") or []),
        }

    def api_schema(self, schemas) -> dict:
        """What get_api_representation answers (cms.block_schema)."""
        return schemas.struct(
            {
                "speaker": schemas.string("The expert's name, or the speaker's"),
                "expert": schemas.expert(),
                "start_time": schemas.string("MM:SS or H:MM:SS", allow_null=True),
                "start_seconds": {"type": ["integer", "null"]},
                "paragraphs": {"type": "array", "items": schemas.string()},
            }
        )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("expert") and not value.get("speaker_name"):
            raise StructBlockValidationError(
                block_errors={
                    "speaker_name": ValidationError("Choose an expert or name the speaker.")
                }
            )
        return value

    class Meta:
        icon = "user"
        template = "blocks/speaker_turn.html"
        value_class = SpeakerTurnValue


class TranscriptBlock(APIStreamBlock):
    section_heading = HeadingBlock()
    speaker_turn = SpeakerTurnBlock()
    pull_quote = PullQuoteBlock()

    def clean(self, value):
        """A pull quote repeats a line of the transcript: refuse one that nobody said."""
        value = super().clean(value)
        spoken = " \n ".join(
            normalise_text(paragraph)
            for child in value
            if child.block_type == "speaker_turn"
            for paragraph in child.value["paragraphs"]
        )
        errors = {}
        for index, child in enumerate(value):
            if child.block_type != "pull_quote":
                continue
            if normalise_text(child.value["text"]) not in spoken:
                errors[index] = StructBlockValidationError(
                    block_errors={
                        "text": ValidationError(
                            "This quote does not occur in the transcript. "
                            "Copy it exactly from a speaker's paragraph."
                        )
                    }
                )
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value


class ObjectiveBlock(blocks.CharBlock):
    class Meta:
        icon = "tick"
