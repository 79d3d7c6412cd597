"""Input and output shapes of the comments endpoints. No email ever appears in an output."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


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


class CommentCreateSerializer(serializers.Serializer):
    """Documents the POST body; validation itself is blog.comments.forms.CommentForm."""

    article = serializers.IntegerField()
    # A field named parent, not Field.parent: the serializer metaclass moves it out of the class.
    parent = serializers.IntegerField(required=False, allow_null=True)  # type: ignore[assignment]
    name = serializers.CharField(max_length=100)
    email = serializers.EmailField(help_text="Never published or served")
    affiliation = serializers.CharField(required=False, max_length=100)
    country = serializers.CharField(required=False, max_length=100)
    body = serializers.CharField(max_length=5000)
    website = serializers.CharField(required=False)
    token = serializers.CharField(help_text="From GET /api/v2/comments/token/?article=<id>")
    phone = serializers.CharField(required=False, help_text="Honeypot: always leave empty")


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
