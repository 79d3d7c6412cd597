"""Every demo expert has a reader page and a `route/` answer, with their works, and no
expert's email shows: what `make run` shows a visitor of /experts/."""

import pytest

from cms.models import Expert

pytestmark = pytest.mark.django_db


def test_every_demo_expert_has_a_page_and_a_route(client, demo):
    experts = list(Expert.objects.all())
    emails = [expert.email.encode() for expert in experts if expert.email]
    assert experts
    assert emails
    index = client.get("/experts/")
    for expert in experts:
        path = f"/experts/{expert.slug}/"
        assert f'href="{path}"'.encode() in index.content
        page = client.get(path)
        assert page.status_code == 200
        routed = client.get("/api/v2/route/", {"path": path})
        assert routed.status_code == 200
        body = routed.json()
        assert (body["kind"], body["expert"]["path"]) == ("expert", path)
        for work in body["expert"]["articles"] + body["expert"]["courses"]:
            assert f'href="{work["path"]}"'.encode() in page.content
        for response in (index, page, routed):
            assert not [email for email in emails if email in response.content]
