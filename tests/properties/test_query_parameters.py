"""Properties of the query-string parsers: whatever text arrives, the answer is a value within
bounds or a clean 400 (BadRequest / a validation error), never another exception."""

import datetime

from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from blog.serializers import ArticleFilterSerializer
from cms.api_common import MAX_PARAM_LENGTH, BadRequest, ContentAPIViewSet, parse_int
from cms.site_api import normalise_route_path
from cms.wagtail_api import MAX_FIELDS_DEPTH, check_fields_depth
from lessons.serializers import CourseFilterSerializer, LessonFilterSerializer

FAST = settings(derandomize=True, max_examples=300, deadline=None)
# Text as it reaches a query parameter: any code point a URL can carry, NUL included.
PARAM_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
INTEGER_ISH = st.one_of(
    PARAM_TEXT,
    st.integers().map(str),
    st.from_regex(r"\A[+-]?\d{0,30}(\.\d*)?\Z"),
)


@FAST
@given(
    raw=st.one_of(st.none(), INTEGER_ISH),
    bounds=st.tuples(st.integers(0, 50), st.integers(0, 10**7)),
)
@example(raw="٣", bounds=(0, 10))  # an Arabic-Indic digit: isdigit() but not ASCII
@example(raw="9" * 5000, bounds=(0, 10))
def test_parse_int_is_in_bounds_or_bad_request(raw, bounds):
    minimum, maximum = bounds[0], bounds[0] + bounds[1]
    try:
        value = parse_int("limit", raw, minimum, minimum, maximum)
    except BadRequest as error:
        value = error
    if isinstance(value, BadRequest):
        assert "limit" in str(value.detail)
    else:
        assert isinstance(value, int)
        assert minimum <= value <= maximum


@FAST
@given(value=st.integers(0, 10**7))
def test_parse_int_round_trips_what_it_accepts(value):
    assert parse_int("offset", str(value), 0, 0, 10**7) == value


def _check(query: dict) -> None:
    view = ContentAPIViewSet(action="list", filter_serializer=ArticleFilterSerializer)
    view.check_query_string(Request(APIRequestFactory().get("/x/", query)))


@FAST
@given(query=st.dictionaries(PARAM_TEXT.filter(bool), PARAM_TEXT, max_size=4))
def test_query_string_check_refuses_nul_and_unknown_names(query):
    known = {"limit", "offset", "format", *ArticleFilterSerializer().fields}
    try:
        _check(query)
    except BadRequest:
        assert any("\x00" in k + v for k, v in query.items()) or set(query) - known
        return
    assert set(query) <= known


def test_query_string_check_refuses_overlong_values():
    with pytest.raises(BadRequest, match="too long"):
        _check({"search": "s" * (MAX_PARAM_LENGTH + 1)})


FILTERS = [ArticleFilterSerializer, CourseFilterSerializer, LessonFilterSerializer]


@FAST
@given(
    serializer=st.sampled_from(FILTERS),
    values=st.dictionaries(
        st.sampled_from(["category", "tag", "author", "published_after", "published_before",
                         "search", "ordering", "instructor", "level", "course"]),
        PARAM_TEXT,
        max_size=5,
    ),
)  # fmt: skip
def test_filter_serializers_validate_or_refuse_cleanly(serializer, values):
    filters = serializer(data=values)
    if not filters.is_valid():  # is_valid itself must not raise anything but a 400
        assert isinstance(ValidationError(filters.errors).detail, dict)
        return
    for key in ("published_after", "published_before"):
        if key in filters.validated_data:
            assert isinstance(filters.validated_data[key], datetime.date)


@FAST
@given(fields=st.text(st.sampled_from("ab_*-,()"), max_size=60))
@example(fields="a(" * 300 + "b" + ")" * 300)
def test_fields_parse_or_refuse_never_recurse_deeply(fields):
    try:
        check_fields_depth(fields)
        parsed = parse_fields_parameter(fields)
    except (BadRequestError, ValueError):  # FieldsParameterParseError is a ValueError
        return
    assert fields.count("(") <= MAX_FIELDS_DEPTH
    assert isinstance(parsed, list)


@FAST
@given(raw=PARAM_TEXT)
def test_route_paths_normalise_to_one_canonical_form(raw):
    path = normalise_route_path(raw)
    assert path.startswith("/")
    assert "//" not in path
    assert "?" not in path
    assert path == "/" or not path.endswith("/")
    assert normalise_route_path(path) == path  # idempotent
    assert normalise_route_path(path + "/?utm=1") == path
