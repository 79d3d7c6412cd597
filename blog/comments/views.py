"""The reader page's comment form: a plain POST that works without JavaScript.

It runs the same validation and spam scoring as the API, then sends the reader back to the
article with a message saying whether the comment is published or awaits moderation.
"""

from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from blog.comments.forms import CommentForm
from blog.comments.selectors import commentable_article
from blog.comments.service import TokenAlreadyUsed, create_comment
from blog.comments.throttle import CommentBurst
from blog.comments.tokens import USED_TOKEN_MESSAGE
from blog.models import Comment


@require_POST
def post_comment(request):
    form = CommentForm(request.POST)
    overridden = "" if form.is_valid() else form.crisis_overrides()
    if not form.errors or overridden:
        user = request.user if request.user.is_authenticated and request.user.is_staff else None
        try:
            comment, verdict = create_comment(
                form.cleaned_data, request, user=user, overridden=overridden
            )
        except CommentBurst as exc:
            response = HttpResponse(exc.detail, status=429, content_type="text/plain")
            response["Retry-After"] = str(int(exc.wait or 1))
            return response
        except TokenAlreadyUsed:
            form.add_error("token", USED_TOKEN_MESSAGE)
            return _form_with_errors(request, form)
        status = "approved" if comment.status == Comment.Status.APPROVED else "pending"
        query = {"comment": status}
        if verdict.urgent:
            query["support"] = "1"
        url = form.cleaned_data["article_page"].get_url(request) or "/"
        return HttpResponseRedirect(f"{url}?{urlencode(query)}#comments")
    return _form_with_errors(request, form)


def _form_with_errors(request, form):
    article = _article_from(request.POST.get("article", ""))
    if article is None:
        return HttpResponseBadRequest("Unknown article: comments can only be posted on one.")
    context = article.get_context(request)
    context["comment_form"] = form
    return TemplateResponse(request, article.get_template(request), context, status=400)


def _article_from(raw: str):
    if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        return None
    return commentable_article(int(raw))
