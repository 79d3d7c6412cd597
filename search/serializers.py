"""Input and output serializers of the search endpoints. They only translate: every result
arrives fully loaded from search.selectors."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.serializers import CategoryRefSerializer
from cms import representation as represent
from cms.api_common import MAX_PARAM_LENGTH
from cms.api_fields import ExpertNameSerializer, PageLinkSchema, expert_path
from search.selectors import KINDS

MAX_SUGGESTIONS = 20


class SearchFilterSerializer(serializers.Serializer):
    q = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=MAX_PARAM_LENGTH,
        help_text="Words to find. Empty with a filter: browse what the filter selects.",
    )
    category = serializers.ListField(
        child=serializers.SlugField(allow_unicode=True),
        required=False,
        help_text="Category slug, repeatable; a category includes its subcategories.",
    )
    type = serializers.ListField(child=serializers.ChoiceField(choices=list(KINDS)), required=False)
    tag = serializers.ListField(child=serializers.CharField(max_length=100), required=False)
    author = serializers.ListField(child=serializers.SlugField(allow_unicode=True), required=False)
    exact = serializers.BooleanField(
        required=False,
        default=False,
        help_text="true: search the words as typed, without spelling corrections",
    )


class SuggestFilterSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=MAX_PARAM_LENGTH)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_SUGGESTIONS)


class _ResultLinks(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.SerializerMethodField(help_text="Frontend path (an expert's: their page)")
    url = serializers.SerializerMethodField(help_text="Absolute frontend URL")

    def _path(self, result) -> str | None:
        if result.page is not None:
            return represent.page_path(result.page, self.context.get("request"))
        return expert_path(result.expert) if result.expert is not None else None

    def get_path(self, result) -> str | None:
        return self._path(result)

    def get_url(self, result) -> str | None:
        path = self._path(result)
        return represent.frontend_url(path, self.context.get("request")) if path else None


class SuggestionSerializer(_ResultLinks):
    type = serializers.CharField(source="kind", help_text=", ".join([*KINDS, "category"]))


def turn_anchor(start_seconds: int) -> str:
    """The id a lesson page gives the speaker turn starting then (templates/blocks/
    speaker_turn.html: `id="t-28"`), so a search link lands on the words it matched."""
    return f"t-{start_seconds}"


class SearchResultSerializer(_ResultLinks):
    type = serializers.CharField(source="kind", help_text=", ".join(KINDS))
    snippet = serializers.CharField(
        help_text="HTML: the matched words in <mark>, everything else escaped"
    )
    categories = serializers.SerializerMethodField()
    date = serializers.DateField(allow_null=True)
    promoted = serializers.BooleanField(help_text="Pinned by editors for this search term")
    # Like `parent` below: the serializer metaclass moves the field out of the class.
    partial = serializers.BooleanField(  # type: ignore[assignment]
        help_text="Matches some of the words only: fills a short first page"
    )
    start_seconds = serializers.IntegerField(
        allow_null=True, help_text="Lessons: where in the video the matching speaker turn starts"
    )
    speaker = serializers.CharField(allow_blank=True, help_text="Lessons: who says the snippet")
    course = serializers.SerializerMethodField()
    expert = serializers.SerializerMethodField()

    def get_url(self, result) -> str | None:
        url = super().get_url(result)
        if url and result.start_seconds is not None:
            url += f"#{turn_anchor(result.start_seconds)}"
        return url

    @extend_schema_field(CategoryRefSerializer(many=True))
    def get_categories(self, result):
        return CategoryRefSerializer(result.categories, many=True, context=self.context).data

    @extend_schema_field(PageLinkSchema(allow_null=True))
    def get_course(self, result):
        return represent.page_link(result.course, self.context.get("request"))

    @extend_schema_field(ExpertNameSerializer(allow_null=True))
    def get_expert(self, result):
        if result.expert is None:
            return None
        return ExpertNameSerializer(result.expert, context=self.context).data


class CategoryFacetSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    # A field named parent, not Field.parent: the serializer metaclass moves it out of the class.
    parent = serializers.CharField(  # type: ignore[assignment]
        allow_null=True, help_text="The parent category's slug"
    )
    count = serializers.IntegerField(
        allow_null=True, help_text="Matches here or in subcategories; null before any search"
    )
    selected = serializers.BooleanField()


class TypeFacetSerializer(serializers.Serializer):
    type = serializers.CharField(help_text=", ".join(KINDS))
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class FacetsSerializer(serializers.Serializer):
    categories = CategoryFacetSerializer(many=True)
    types = TypeFacetSerializer(many=True)


class QueryInfoSerializer(serializers.Serializer):
    q = serializers.CharField(allow_blank=True)
    synonyms = serializers.ListField(
        child=serializers.CharField(), help_text="Category synonyms also searched for"
    )
    original = serializers.CharField(allow_blank=True, help_text="The words as the reader typed")
    corrected = serializers.CharField(
        allow_null=True,
        help_text="The corrected words the results were found with; null without a correction",
    )
    partial = serializers.BooleanField(  # type: ignore[assignment]
        help_text="Some results match only some of the words (see each result's `partial`)"
    )


class SearchResponseSerializer(serializers.Serializer):
    """Schema only: the paginated page of results plus facets."""

    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = SearchResultSerializer(many=True)
    facets = FacetsSerializer()
    query = QueryInfoSerializer()


class SuggestResponseSerializer(serializers.Serializer):
    results = SuggestionSerializer(many=True)
