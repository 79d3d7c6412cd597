"""The comments endpoints: read approved threads, fetch a form token, post a comment."""

from django.conf import settings

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response

from blog.comments import idempotency as idempotency
from blog.comments import selectors as selectors
from blog.comments.forms import (
    BAD_TOKEN,
    COMMENTS_CLOSED,
    UNKNOWN_ARTICLE,
    UNKNOWN_PARENT,
    CommentForm,
    mended,
)
from blog.comments.serializers import (
    CommentCreatedSerializer,
    CommentCreateSerializer,
    CommentFilterSerializer,
    CommentSerializer,
    CommentTokenSerializer,
)
from blog.comments.service import create_comment, crisis_resources
from blog.comments.tokens import make_token
from blog.models import Comment
from cms.api_common import BadRequest, ContentAPIViewSet, ErrorSerializer

ARTICLE_PARAM = OpenApiParameter("article", int, required=True, description="Article page id")
IDEMPOTENCY_KEY_PARAM = OpenApiParameter(
    idempotency.HEADER,
    str,
    location=OpenApiParameter.HEADER,
    required=False,
    pattern=f"^{idempotency.KEY_PATTERN.pattern}$",
    description="Optional: makes a retried POST safe (8 to 100 of A-Z a-z 0-9 _ . : -)",
)


def _article_or_404(article_id: int):
    article = selectors.commentable_article(article_id)
    if article is None:  # unknown and not shown to readers answer alike
        raise exceptions.NotFound(f"Unknown article: {article_id}.")
    return article


# What is wrong with a well-formed comment, by the form's error code: what it names is not
# there (unknown and not shown alike), the article takes no comments, the form token is forged,
# expired or used (a credential refused, as Django answers a CSRF failure). Any other error is
# a malformed body: a 400.
REFUSAL_STATUSES = {UNKNOWN_ARTICLE: 404, UNKNOWN_PARENT: 404, COMMENTS_CLOSED: 409, BAD_TOKEN: 403}
PRECEDENCE = (400, 404, 409, 403)


class CommentsClosed(exceptions.APIException):
    status_code = 409
    default_detail = "article: Comments are closed on this article."


def refusal(form: CommentForm) -> Response:
    """A refused comment's answer: `{"error", "fields"}` with the status of its worst problem."""
    problems = [
        (PRECEDENCE.index(REFUSAL_STATUSES.get(error.code or "", 400)), field, error)
        for field, errors in form.errors.as_data().items()
        for error in errors
    ]
    rank, field, _ = min(problems, key=lambda problem: problem[0])
    fields = {name: [str(error) for error in errors] for name, errors in form.errors.items()}
    body = {"error": f"{field}: {fields[field][0]}", "fields": fields}
    return Response(body, status=PRECEDENCE[rank])


def reply_message(status: str) -> str:
    if status == Comment.Status.APPROVED:
        return "Thank you: your comment is published."
    return "Thank you: your comment awaits moderation and will appear once approved."


@extend_schema_view(
    list=extend_schema(
        summary="Approved comments on an article, threaded, oldest first",
        parameters=[CommentFilterSerializer],
        responses=CommentSerializer(many=True),
    ),
    create=extend_schema(
        summary="Post a comment or reply (needs a form token)",
        description="Send an `Idempotency-Key` (a UUID per comment form) to retry safely: a "
        "POST repeated with the same key returns the first one's answer (with "
        "`Idempotent-Replayed: true`) instead of posting the comment twice. A form token "
        "posts one comment. Every comment from a reader who is not signed in waits for a "
        "moderator. More than COMMENT_RATE_LIMIT posts from one address within "
        "COMMENT_RATE_WINDOW seconds are refused with 429 and `Retry-After`. A comment that "
        "may come from a person in crisis is never refused: it is held, marked urgent, and "
        "answered with `crisis` (where to get help now).",
        # JSON, as a frontend sends it; form encodings are read too (a plain HTML form posting
        # here), but they have no null, so `parent` is documented for JSON only.
        request={"application/json": CommentCreateSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAM],
        responses={201: CommentCreatedSerializer, 409: ErrorSerializer, 429: ErrorSerializer},
    ),
    token=extend_schema(
        summary="A signed, short-lived form token for posting on an article",
        parameters=[ARTICLE_PARAM],
        responses=CommentTokenSerializer,
    ),
)
class CommentViewSet(ContentAPIViewSet):
    """Reader comments. Only approved comments are listed; an email is never served."""

    filter_serializer = CommentFilterSerializer
    # What a POST takes: DRF's OPTIONS answer describes it (without one, OPTIONS was a 500).
    serializer_class = CommentCreateSerializer

    def allowed_query_params(self) -> set[str]:
        allowed = super().allowed_query_params()
        return allowed | {"article"} if self.action == "token" else allowed

    def list(self, request):
        article = _article_or_404(self.get_filters()["article"])
        roots = selectors.build_thread(selectors.approved_for_article(article.pk))
        return self.paginated(roots, lambda page: CommentSerializer(page, many=True).data)

    @action(detail=False, methods=["get"], url_path="token")
    def token(self, request):
        serializer = CommentFilterSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        article = _article_or_404(serializer.validated_data["article"])
        if not article.comments_open:
            raise CommentsClosed()
        response = Response(
            {"token": make_token(article.pk), "expires_in": settings.COMMENT_TOKEN_MAX_AGE}
        )
        response["Cache-Control"] = "no-store"
        return response

    def create(self, request):
        data = request.data
        if not isinstance(data, dict):
            raise BadRequest("The body must be a JSON object or a form.")
        retry_key = idempotency.key_from(request)
        earlier = idempotency.earlier_post(retry_key, data)
        if earlier is not None:  # a retry whose first answer was lost: the same answer again
            response = created_response(earlier, earlier.urgent, request)
            response["Idempotent-Replayed"] = "true"
            return response
        fields = set(CommentForm.base_fields)
        unknown = sorted(set(data) - fields)
        if unknown:
            shown = ", ".join(mended(str(key)[:50]) for key in unknown)  # echoed: never broken
            raise BadRequest(f"Unknown field: {shown}.")
        values = {}
        for key in fields & set(data):
            value = data.get(key)
            if isinstance(value, float) and value.is_integer():
                value = int(value)  # JSON's 101.0 is the integer 101
            if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
                raise exceptions.ValidationError({key: ["Must be text."]})
            values[key] = value
        form = CommentForm(values)
        overridden = ""
        if not form.is_valid():
            overridden = form.crisis_overrides()
            if not overridden:
                return refusal(form)
        comment, verdict = create_comment(
            form.cleaned_data, request, idempotency_key=retry_key, overridden=overridden
        )
        return created_response(comment, verdict.urgent, request)


def created_response(comment: Comment, urgent: bool, request) -> Response:
    status = "approved" if comment.status == Comment.Status.APPROVED else "pending"
    body = {"id": comment.pk, "status": status, "message": reply_message(status)}
    if urgent:
        body["crisis"] = crisis_resources(request)
    return Response(body, status=201)
