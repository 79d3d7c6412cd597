"""What a learner may send: the request bodies of /api/v2/me/, declared for the schema.

Only plain fields are validated here; answer maps (post-test, evaluation) are checked by the
services, which know the questions, so a map naming an unknown question is refused there.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


class ProfileInputSerializer(serializers.Serializer):
    """For the schema only: the service validates, so that unknown fields are refused too."""

    legal_name = serializers.CharField(required=False, max_length=200)
    profession = serializers.ChoiceField(
        required=False,
        choices=[
            "psychologist",
            "social_worker",
            "counselor",
            "mft",
            "physician",
            "nurse",
            "other",
        ],
    )
    licence_number = serializers.CharField(required=False, max_length=60)
    licence_jurisdiction = serializers.CharField(required=False, max_length=100)


class EnrolInputSerializer(serializers.Serializer):
    course = serializers.SlugField(max_length=255)


class ProgressInputSerializer(serializers.Serializer):
    position_seconds = serializers.IntegerField(min_value=0, max_value=24 * 3600)
    completed = serializers.BooleanField(default=False)


class ClaimInputSerializer(serializers.Serializer):
    credit_type = serializers.CharField(max_length=20)
    hours = serializers.DecimalField(max_digits=4, decimal_places=2, min_value=0)
    attestation = serializers.BooleanField()


@extend_schema_field(
    {"oneOf": [{"type": "integer", "minimum": 1, "maximum": 5}, {"type": "string"}]}
)
class RatingOrTextField(serializers.Field):
    """An evaluation answer: a rating for a rating item, a text for a text item."""

    def to_representation(self, value):
        return value

    def to_internal_value(self, data):
        return data


class AttemptInputSerializer(serializers.Serializer):
    """For the schema: the service validates the map against the post-test's questions."""

    answers = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Question id to the ids of the choices ticked (one for single choice).",
    )


class EvaluationInputSerializer(serializers.Serializer):
    answers = serializers.DictField(
        child=RatingOrTextField(), help_text="Item id to a rating (1 to 5) or a text."
    )
