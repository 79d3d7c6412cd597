"""The experts endpoint: the credentialed clinicians behind articles, courses and lessons.

An Expert's email is for the editorial team only. Serializers here declare every field they
output, so the email can only leak if someone adds it on purpose.
"""

from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from blog.selectors import api_article_listing, filter_articles, with_card_images
from blog.serializers import ArticleSummarySerializer
from cms.api_common import ContentAPIViewSet
from cms.api_fields import ImageField
from cms.selectors import expert_listing, prefetch_renditions
from cms.serializers import request_hidden
from lessons.selectors import courses_taught_by
from lessons.serializers import CourseCardSerializer

MAX_ARTICLES = 20


class ExpertFilterSerializer(serializers.Serializer):
    search = serializers.CharField(
        max_length=100,
        required=False,
        allow_blank=True,
        help_text="Part of the expert's name, in any case.",
    )


class ExpertSerializer(serializers.Serializer):
    """The shared expert shape (cms.serializers.expert_data), plus bio and website."""

    name = serializers.CharField()
    credentials = serializers.CharField(allow_blank=True)
    display_name = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    slug = serializers.CharField()
    photo = ImageField()
    bio = serializers.CharField(allow_blank=True)
    website = serializers.CharField(allow_blank=True, help_text="An absolute URL, or empty")


class ExpertDetailSerializer(ExpertSerializer):
    """An expert with their visible articles and the visible courses they teach."""

    articles = serializers.SerializerMethodField(
        help_text=f"Their visible articles, newest first, at most {MAX_ARTICLES}."
    )
    courses = serializers.SerializerMethodField(help_text="Visible courses they teach.")

    @extend_schema_field(ArticleSummarySerializer(many=True))
    def get_articles(self, expert):
        return ArticleSummarySerializer(
            self.context["articles"], many=True, context=self.context
        ).data

    @extend_schema_field(CourseCardSerializer(many=True))
    def get_courses(self, expert):
        return CourseCardSerializer(self.context["courses"], many=True, context=self.context).data


@extend_schema_view(
    list=extend_schema(
        summary="List experts, by name",
        parameters=[ExpertFilterSerializer],
        responses=ExpertSerializer(many=True),
    ),
    retrieve=extend_schema(
        summary="An expert, by slug, with their articles and courses",
        responses=ExpertDetailSerializer,
    ),
)
class ExpertViewSet(ContentAPIViewSet):
    """The clinicians who write, teach and review: credited everywhere by this shape."""

    filter_serializer = ExpertFilterSerializer
    lookup_field = "slug"
    lookup_value_regex = r"[^/]+"

    def list(self, request):
        search = self.get_filters().get("search", "").strip()
        queryset = expert_listing()
        if search:
            queryset = queryset.filter(name__icontains=search)
        return self.paginated(
            queryset,
            lambda page: (
                ExpertSerializer(_with_photos(page), many=True, context={"request": request}).data
            ),
        )

    def retrieve(self, request, slug=None):
        expert = None if "\x00" in slug else expert_listing().filter(slug=slug).first()
        if expert is None:
            raise NotFound(f"No expert with slug {slug!r}.")
        hidden = request_hidden(request)
        articles = filter_articles(api_article_listing(hidden), authors=[expert])
        context = {
            "request": request,
            "articles": with_card_images(articles[:MAX_ARTICLES], expert.photo),
            "courses": courses_taught_by(expert, hidden),
        }
        return Response(ExpertDetailSerializer(expert, context=context).data)


def _with_photos(experts) -> list:
    experts = list(experts)
    prefetch_renditions(expert.photo for expert in experts)
    return experts
