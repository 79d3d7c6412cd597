"""Text that is not text: a lone UTF-16 surrogate ("\\ud800" in JSON)
is a Python string no database can store and no page can show. It was a 500 at insert on
SQLite and PostgreSQL; now it is a 400 naming the field, on the API and the reader page."""

from django.http import QueryDict

import pytest

from blog.comments.forms import CommentForm, broken_text, mended
from blog.models import Comment

URL = "/api/v2/comments/"
LONE = "\ud800"

pytestmark = pytest.mark.django_db


def post(client, data):
    return client.post(URL, data, content_type="application/json")


@pytest.mark.parametrize("field", ["name", "body", "affiliation", "country", "email", "token"])
@pytest.mark.parametrize("where", ["alone", "inside"])
def test_a_lone_surrogate_is_a_400_naming_the_field(client, payload, field, where):
    good = payload()[field]
    value = LONE if where == "alone" else f"{good[:4]}{LONE}{good[4:]}"
    response = post(client, payload(**{field: value}))
    assert response.status_code == 400, response.content[:300]
    data = response.json()
    assert field in data["fields"]
    assert "broken character" in " ".join(data["fields"][field])
    assert not Comment.objects.exists()


def test_the_error_names_the_field_first_when_only_it_is_wrong(client, payload):
    data = post(client, payload(name=f"Maria{LONE}")).json()
    assert data["error"].startswith("name:"), data


def test_a_lone_surrogate_in_an_unknown_field_name_is_a_400(client, payload):
    response = post(client, payload(**{f"x{LONE}": "1"}))
    assert response.status_code == 400
    assert response.json()["error"] == "Unknown field: x\ufffd."


def test_a_crisis_comment_with_broken_text_is_still_a_400(client, payload):
    """Nothing can store it; the writer's client sees which field to fix."""
    response = post(client, payload(body=f"I want to end my life tonight {LONE}"))
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_the_form_mends_every_value_of_a_repeated_field(article):
    data = QueryDict(mutable=True)
    data.setlist("name", ["Tom", f"T{LONE}m"])
    form = CommentForm(data)
    assert form.broken_fields == ["name"]
    assert form.data.getlist("name") == ["Tom", "T\ufffdm"]
    assert data.getlist("name")[1] == f"T{LONE}m"  # the request's own data is left alone
    assert not form.is_valid()
    assert "name" in form.errors


def test_broken_text_is_what_utf8_cannot_encode():
    assert all(map(broken_text, [LONE, f"a{LONE}b", "\udfff"]))
    assert not any(map(broken_text, ["\U0001f600 café \u202e", "", 5, None]))
    assert mended(f"a{LONE}\udc00b") == "a\ufffd\ufffdb"
