"""The article page: approved comments threaded and escaped, and a form that needs no script."""

import pytest

from blog.factories import CommentFactory
from blog.models import Comment
from cms.models.site_settings import OrganisationSettings
from tests.comments.conftest import aged_token

POST_URL = "/comments/post/"


def test_page_shows_approved_comments_threaded_and_escaped(client, article):
    parent = CommentFactory(article=article, body="<script>alert(1)</script> see https://x.example")
    CommentFactory(article=article, parent=parent, body="A kind reply.", user=None)
    CommentFactory(article=article, status="pending", body="Not yet visible.")
    html = client.get(article.url).content.decode()
    assert "&lt;script&gt;" in html
    assert "<script>alert(1)" not in html
    assert 'rel="nofollow ugc"' in html
    assert "A kind reply." in html
    assert "Not yet visible." not in html
    assert f"?reply_to={parent.pk}#comment-form" in html
    assert 'name="token"' in html
    assert parent.email not in html


def test_expert_reply_has_badge(client, article):
    from cms.factories import ExpertFactory

    parent = CommentFactory(article=article)
    CommentFactory(article=article, parent=parent, expert=ExpertFactory())
    assert "badge--expert" in client.get(article.url).content.decode()


def test_closed_article_has_no_form(client, article):
    article.comments_open = False
    article.save()
    html = client.get(article.url).content.decode()
    assert "Comments are closed" in html
    assert 'id="comment-form"' not in html


def form_data(article, **overrides):
    data = {
        "article": article.pk,
        "parent": "",
        "name": "Tom Walsh",
        "email": "twalsh@example.ie",
        "affiliation": "",
        "country": "",
        "body": "How would you introduce this with adolescents?",
        "token": aged_token(article.pk),
        "phone": "",
    }
    data.update(overrides)
    return data


def test_form_post_redirects_with_awaiting_moderation(client, article):
    response = client.post(POST_URL, form_data(article))
    assert response.status_code == 302
    assert "comment=pending" in response["Location"]
    assert Comment.objects.get().status == "pending"
    page = client.get(response["Location"]).content.decode()
    assert "awaiting moderation" in page


def test_form_errors_rerender_the_page(client, article):
    response = client.post(POST_URL, form_data(article, email="nope", name="A\nB"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "line breaks" in html
    assert not Comment.objects.exists()


def test_form_post_to_unknown_article_is_400(client, site_tree):
    response = client.post(POST_URL, {"article": "12345", "body": "x"})
    assert response.status_code == 400


def test_self_harm_shows_crisis_resources(client, article, site_tree):
    org = OrganisationSettings.for_site(site_tree.site)
    org.crisis_text = "You are not alone. Talk to someone tonight."
    org.crisis_phone = "116 123"
    org.save()
    response = client.post(POST_URL, form_data(article, body="I keep thinking about suicide."))
    assert "support=1" in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert "You are not alone." in page
    assert "116 123" in page
    assert Comment.objects.get().urgent


@pytest.mark.parametrize("method", ["get", "put"])
def test_form_endpoint_only_takes_post(client, method):
    assert getattr(client, method)(POST_URL).status_code == 405
