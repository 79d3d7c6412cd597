"""The one validation of a comment submission, shared by the API and the reader page form, so
both refuse the same input with the same messages."""

import re
import unicodedata
from typing import Any

from django import forms

from blog.comments.moderation.crisis import detect_crisis
from blog.comments.selectors import commentable_article
from blog.comments.tokens import USED_TOKEN_MESSAGE, TokenError, token_age, token_used
from blog.models import Comment
from blog.models.comments import BODY_MAX_LENGTH
from blog.selectors.articles import shown_comment_ids

MAX_ID = 2**53  # keeps absurd ids from reaching the database as an overflow
# A hidden field people never see; bots fill in anything that looks like a contact field.
HONEYPOT = "phone"
BODY_ALLOWED_CONTROLS = {"\n", "\r", "\t"}
# Direction overrides can disguise a name or a link as something else.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _controls(value: str, allowed=frozenset()) -> bool:
    return any(
        (unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS) and char not in allowed
        for char in value
    )


# A lone UTF-16 surrogate ("\ud800" in JSON; Django refuses forms not in UTF-8) is a Python
# string but no text: it cannot be encoded as UTF-8, so no database can store it and no page
# can show it.
SURROGATE = re.compile("[\ud800-\udfff]")
BROKEN_TEXT_MESSAGE = (
    "Contains a broken character (an unpaired surrogate): send the text as valid UTF-8."
)


def broken_text(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def mended(value: str) -> str:
    """The text with each broken character shown as U+FFFD, safe to echo back or log."""
    return SURROGATE.sub("\ufffd", value)


def _mended_data(data, fields) -> tuple[Any, list[str]]:
    """The submission with broken text mended, and the fields that held some. The form then
    refuses those fields, and can still show the page again with what was sent."""
    if hasattr(data, "getlist"):  # a QueryDict: a field may be sent more than once
        broken = [key for key in fields if any(map(broken_text, data.getlist(key)))]
        if broken:
            data = data.copy()
            for key in broken:
                data.setlist(key, [mended(v) if broken_text(v) else v for v in data.getlist(key)])
        return data, broken
    broken = [key for key in fields if broken_text(data.get(key))]
    return ({**data, **{key: mended(data[key]) for key in broken}} if broken else data), broken


def _no_controls(value: str) -> None:
    if _controls(value):
        raise forms.ValidationError("Cannot contain line breaks or control characters.")


# Error codes of a well-formed comment refused for what it names or carries; the API answers
# each with its own status (blog.comments.comment_api.REFUSAL_STATUSES), any other with a 400.
UNKNOWN_ARTICLE = "unknown_article"
UNKNOWN_PARENT = "unknown_parent"
COMMENTS_CLOSED = "comments_closed"
BAD_TOKEN = "bad_token"  # noqa: S105 (an error code, not a secret)


class CommentForm(forms.Form):
    article = forms.IntegerField(min_value=1, max_value=MAX_ID, widget=forms.HiddenInput)
    parent = forms.IntegerField(
        min_value=1, max_value=MAX_ID, required=False, widget=forms.HiddenInput
    )
    name = forms.CharField(max_length=100, validators=[_no_controls])
    email = forms.EmailField(
        max_length=254, help_text="Never published; used only if a moderator needs to reach you."
    )
    affiliation = forms.CharField(
        max_length=100, required=False, validators=[_no_controls], help_text="e.g. Psychology"
    )
    country = forms.CharField(max_length=100, required=False, validators=[_no_controls])
    body = forms.CharField(
        label="Comment", max_length=BODY_MAX_LENGTH, strip=False, widget=forms.Textarea
    )
    website = forms.CharField(max_length=200, required=False, widget=forms.HiddenInput)
    token = forms.CharField(max_length=500, widget=forms.HiddenInput)
    phone = forms.CharField(
        max_length=200,
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, data=None, *args, **kwargs):
        self.broken_fields: list[str] = []
        if data is not None:
            data, self.broken_fields = _mended_data(data, self.base_fields)
        super().__init__(data, *args, **kwargs)

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError("This field is required.")
        if _controls(body, BODY_ALLOWED_CONTROLS):
            raise forms.ValidationError("Cannot contain control characters.")
        return body

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data  # what Form.clean() answers, typed as never None
        for field in self.broken_fields:  # checked on the raw data (see __init__)
            self.add_error(field, BROKEN_TEXT_MESSAGE)
        article_id = cleaned.get("article")
        if article_id is None:
            return cleaned
        article = commentable_article(article_id)
        if article is None:
            message = f"Unknown article: {article_id}."
            self.add_error("article", forms.ValidationError(message, code=UNKNOWN_ARTICLE))
            return cleaned
        if not article.comments_open:
            message = "Comments are closed on this article."
            self.add_error("article", forms.ValidationError(message, code=COMMENTS_CLOSED))
            return cleaned
        cleaned["article_page"] = article
        self._clean_parent(cleaned, article)
        if "token" in cleaned:
            try:
                cleaned["seconds_to_submit"] = token_age(cleaned["token"], article.pk)
            except TokenError as exc:
                self.add_error("token", forms.ValidationError(str(exc), code=BAD_TOKEN))
            else:
                if token_used(cleaned["token"]):
                    message = USED_TOKEN_MESSAGE
                    self.add_error("token", forms.ValidationError(message, code=BAD_TOKEN))
        return cleaned

    def crisis_overrides(self) -> str:
        """The problems a comment that may come from a person in crisis is accepted in spite of
        (blog.comments.service), since that person may never try again: a used, expired or
        forged form token, a reply to a comment no longer shown (it is posted as a new
        comment). Described for moderators; "" when there are none, or others too."""
        overridable = {"token": "form token", "parent": "reply"}
        if not self.errors or not set(self.errors) <= set(overridable):
            return ""
        if not {"article_page", "name", "email", "body"} <= set(self.cleaned_data):
            return ""
        if not detect_crisis(self.cleaned_data["body"]).is_crisis:
            return ""
        return "; ".join(
            f"{overridable[field]}: {' '.join(str(error) for error in errors)}"
            for field, errors in self.errors.items()
        )

    def _clean_parent(self, cleaned, article) -> None:
        parent_id = cleaned.get("parent")
        if not parent_id:
            return
        parent = Comment.objects.approved().filter(pk=parent_id).first()
        # A comment readers cannot see (held, or under a held one) is unknown, as one that
        # never existed: the answer must not tell that it does.
        if parent is None or parent.pk not in shown_comment_ids(parent.article_id):
            message = f"Unknown comment: {parent_id}."
            self.add_error("parent", forms.ValidationError(message, code=UNKNOWN_PARENT))
        elif parent.article_id != article.pk:
            self.add_error("parent", "The comment replied to belongs to another article.")
        else:
            cleaned["parent_comment"] = parent
