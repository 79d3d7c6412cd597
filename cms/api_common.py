"""What every content-API endpoint shares: strict query parameters, JSON errors, pagination
and cache headers.

Frontends and CDNs depend on two promises made here: bad input is a 4xx with
`{"error": "..."}` (never a 500), and a response depends only on the URL (no session or user
ever widens it), so any response may be cached.
"""

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404

from drf_spectacular.openapi import AutoSchema
from rest_framework import exceptions, serializers
from rest_framework.pagination import BasePagination, LimitOffsetPagination
from rest_framework.request import Request
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.viewsets import GenericViewSet

MAX_LIMIT = 100
DEFAULT_LIMIT = 20
MAX_OFFSET = 10_000_000
MAX_PARAM_LENGTH = 1_000


class BadRequest(exceptions.ParseError):
    """A 400 whose message names the parameter at fault."""


def _first_message(detail) -> str:
    if isinstance(detail, dict):
        field, value = next(iter(detail.items()))
        prefix = "" if field in {"non_field_errors", "detail"} else f"{field}: "
        return prefix + _first_message(value)
    if isinstance(detail, list) and detail:
        return _first_message(detail[0])
    return str(detail)


def api_exception_handler(exc, context):
    """Every API error as `{"error": message}`, plus field details for validation errors."""
    if isinstance(exc, DjangoValidationError | DataError | OverflowError | RecursionError):
        exc = BadRequest("The request could not be understood: check its parameters.")
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or "Not found.")
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data: dict[str, object] = {"error": _first_message(response.data)}
    if isinstance(exc, exceptions.ValidationError) and isinstance(response.data, dict):
        data["fields"] = response.data
    response.data = data
    return response


def reject_unknown(kind: str, wanted, found) -> None:
    """A filter naming something that does not exist (or that a reader may not see: the two
    answer alike) is a 404 naming it, not an empty result a typo would hide. A 404 rather than
    a 400: the request is well formed, what it names is not there."""
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise exceptions.NotFound(f"Unknown {kind}: {', '.join(missing)}.")


def refuse_empty(params, fields) -> None:
    """`?ordering=` is a 400 as the schema says, not the default: DRF reads an empty value of an
    optional field as absent (as an HTML form means it), which hid a client's mistake."""
    for name, field in fields.items():
        values = params.getlist(name)
        if "" in values and not getattr(field, "allow_blank", False):
            raise BadRequest(f"{name} must not be empty.")


def parse_int(name: str, raw: str | None, default: int, minimum: int, maximum: int) -> int:
    """The parameter's number, or `default` when it is absent. Present but empty (`limit=`) is
    a 400 like any other non-number: the schema says an integer, and "" is none."""
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit():
        raise BadRequest(f"{name} must be a whole number from {minimum} to {maximum}.")
    value = int(raw) if len(raw) <= 12 else maximum + 1
    if not minimum <= value <= maximum:
        raise BadRequest(f"{name} must be a whole number from {minimum} to {maximum}.")
    return value


class ContentPagination(LimitOffsetPagination):
    """limit/offset with strict parsing: a bad or huge value is a 400, never clamped silently."""

    default_limit = DEFAULT_LIMIT
    max_limit = MAX_LIMIT
    # Set by paginate_queryset before any link is built, and never None here: get_limit and
    # get_offset always answer a number (DRF's types allow None for its own optional limit).
    limit: int
    offset: int
    count: int
    request: Request

    def get_limit(self, request):
        return parse_int("limit", request.query_params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT)

    def get_offset(self, request):
        return parse_int("offset", request.query_params.get("offset"), 0, 0, MAX_OFFSET)

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        for link in ("next", "previous"):
            response["properties"][link] = {"type": ["string", "null"], "format": "uri"}
        response["required"] = ["count", "next", "previous", "results"]
        return response

    def get_next_link(self):
        if self.offset + self.limit >= self.count:
            return None
        url = self.request.build_absolute_uri()
        url = replace_query_param(url, self.limit_query_param, self.limit)
        return replace_query_param(url, self.offset_query_param, self.offset + self.limit)

    def get_previous_link(self):
        if self.offset <= 0:
            return None
        url = replace_query_param(self.request.build_absolute_uri(), "limit", self.limit)
        if self.offset - self.limit <= 0:
            return remove_query_param(url, self.offset_query_param)
        return replace_query_param(url, self.offset_query_param, self.offset - self.limit)


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField()
    code = serializers.CharField(
        required=False, help_text="A machine-readable reason, where the endpoint gives one"
    )
    # The serializer metaclass takes declared fields out of the class body, so this does not
    # replace Serializer.fields at run time; mypy sees only the clash of names.
    fields = serializers.DictField(  # type: ignore[assignment]
        required=False, help_text="Per-parameter messages"
    )


class ContentAPISchema(AutoSchema):
    """Every operation documents its JSON error answers, as every operation can give them."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in ("400", "404"):
            if code not in responses:
                responses[code] = self._get_response_for_code(ErrorSerializer, code)
        return responses


class SingleObjectSchema(ContentAPISchema):
    """For endpoints whose `list` answers one object (site settings, route), not a list."""

    def _is_list_view(self, serializer=None):
        return False


class ContentAPIViewSet(GenericViewSet):
    # Base for the purpose-built endpoints. `filter_serializer` validates the query string; any
    # parameter it does not declare (besides pagination) is refused, so a typo in a filter never
    # silently returns everything. (A comment, not a docstring: the API docs would show it.)

    authentication_classes = []
    permission_classes = []
    pagination_class: type[BasePagination] | None = ContentPagination
    schema = ContentAPISchema()
    filter_serializer: type[serializers.Serializer] | None = None
    extra_query_params: frozenset[str] = frozenset()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.check_method(request)
        if request.method != "OPTIONS":  # a CORS preflight names the URL of the real request
            self.check_query_string(request)

    def check_method(self, request) -> None:
        # A method the endpoint does not answer (TRACE, or POST on a list) is a 405 with `Allow`
        # before its query string is read: the query parameters are the action's, and with no
        # action every one of them was "unknown", a 400. (DRF checks the method only after
        # `initial`.)
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method)

    def allowed_query_params(self) -> set[str]:
        allowed = set(self.extra_query_params) | {"format"}
        if self.action == "list":
            # An endpoint answering one object (site/, route/) has no pages to step through.
            if self.pagination_class is not None:
                allowed |= {"limit", "offset"}
            if self.filter_serializer is not None:
                allowed |= set(self.filter_serializer().fields)
        return allowed

    def check_query_string(self, request) -> None:
        for key, values in request.query_params.lists():
            for value in [key, *values]:
                if "\x00" in value:
                    raise BadRequest("Query parameters cannot contain NUL characters.")
                if len(value) > MAX_PARAM_LENGTH:
                    raise BadRequest(f"{key[:50]} is too long (at most {MAX_PARAM_LENGTH}).")
        unknown = sorted(set(request.query_params) - self.allowed_query_params())
        if unknown:
            raise BadRequest(f"Unknown query parameter: {', '.join(unknown)}.")

    def get_filters(self) -> dict:
        if self.filter_serializer is None:
            return {}
        serializer = self.filter_serializer(data=self.request.query_params)
        refuse_empty(self.request.query_params, serializer.fields)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def paginated(self, queryset, serialize):
        """Paginate, then serialize the page with `serialize(list_of_objects)`."""
        page = self.paginate_queryset(queryset)
        if page is None:
            raise TypeError(f"{type(self).__name__} has no pagination_class to paginate with")
        return self.get_paginated_response(serialize(list(page)))

    def finalize_response(self, request, response, *args, **kwargs):
        # No Last-Modified: a response shows other pages too (related and recent articles,
        # categories, a course's lessons), whose changes no date of the page itself follows, so
        # If-Modified-Since answered 304 over stale content. The ETag, a hash of the body
        # (ConditionalGetMiddleware, the response cache), is what a conditional GET checks.
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response.setdefault("Cache-Control", f"public, max-age={settings.API_CACHE_SECONDS}")
        return response
