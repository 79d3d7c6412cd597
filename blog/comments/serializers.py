"""Input and output shapes of the comments endpoints. No email ever appears in an output."""

from django.core.validators import RegexValidator

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.comments.forms import MAX_ID


class CommentFilterSerializer(serializers.Serializer):
    article = serializers.IntegerField(
        min_value=1, max_value=2**53, help_text="The article's page id"
    )


class CommentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    # A field named parent, not Field.parent: the serializer metaclass moves it out of the class.
    parent = serializers.IntegerField(source="parent_id", allow_null=True)  # type: ignore[assignment]
    name = serializers.CharField()
    affiliation = serializers.CharField()
    country = serializers.CharField()
    body = serializers.CharField(help_text="Plain text as written: escape it when rendering.")
    created = serializers.DateTimeField()
    badge = serializers.ChoiceField(
        choices=["expert", "editor"],
        allow_null=True,
        help_text="Set on replies by the publisher's experts or editors",
    )
    expert_name = serializers.SerializerMethodField()
    replies = serializers.SerializerMethodField()

    def get_expert_name(self, comment) -> str | None:
        return comment.expert.display_name if comment.expert_id else None

    @extend_schema_field({"type": "array", "items": {"$ref": "#/components/schemas/Comment"}})
    def get_replies(self, comment) -> list:
        return list(CommentSerializer(getattr(comment, "thread_replies", []), many=True).data)


# What the form refuses (blog.comments.forms), declared for the schema: control characters (a
# body may hold line breaks and tabs), direction overrides, and a required text of only spaces.
_LINE = r"\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"
_BODY = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"
NO_NUL = RegexValidator(r"^[^\u0000]*$")
PLAIN_LINE = RegexValidator(rf"^[^{_LINE}]*$")
REQUIRED_LINE = RegexValidator(rf"^[^{_LINE}]*[^\s{_LINE}][^{_LINE}]*$")
REQUIRED_BODY = RegexValidator(rf"^[^{_BODY}]*[^\s{_BODY}][^{_BODY}]*$")


class CommentCreateSerializer(serializers.Serializer):
    """Documents the POST body; validation itself is blog.comments.forms.CommentForm."""

    article = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    # A field named parent, not Field.parent: the serializer metaclass moves it out of the class.
    parent = serializers.IntegerField(  # type: ignore[assignment]
        required=False, allow_null=True, min_value=1, max_value=MAX_ID
    )
    name = serializers.CharField(max_length=100, validators=[REQUIRED_LINE])
    email = serializers.EmailField(help_text="Never published or served")
    affiliation = serializers.CharField(required=False, max_length=100, validators=[PLAIN_LINE])
    country = serializers.CharField(required=False, max_length=100, validators=[PLAIN_LINE])
    body = serializers.CharField(max_length=5000, validators=[REQUIRED_BODY])
    website = serializers.CharField(required=False, max_length=200, validators=[NO_NUL])
    token = serializers.CharField(
        max_length=500,
        validators=[REQUIRED_LINE],
        help_text="From GET /api/v2/comments/token/?article=<id>",
    )
    phone = serializers.CharField(
        required=False, max_length=200, validators=[NO_NUL], help_text="Honeypot: leave it empty"
    )


class CrisisSerializer(serializers.Serializer):
    text = serializers.CharField()
    phone = serializers.CharField()


class CommentCreatedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=["approved", "pending"])
    message = serializers.CharField()
    crisis = CrisisSerializer(required=False, help_text="When the comment speaks of self-harm")


class CommentTokenSerializer(serializers.Serializer):
    token = serializers.CharField()
    expires_in = serializers.IntegerField(help_text="Seconds")
