"""A course's price in its JSON-LD: Google's course info rich result wants an `offers` with a
pricing category on every course, so a sold course says what it costs and a free one says
it is free (price 0) rather than saying nothing. The course detail API carries the same."""

import json
from decimal import Decimal

import pytest

from lessons.models import EnrolmentPolicy

pytestmark = pytest.mark.django_db

DETAIL = "/api/v2/courses/grounding/"
CANONICAL = "http://testserver/courses/grounding/"


def course_detail(client) -> dict:
    response = client.get(DETAIL)
    assert response.status_code == 200, response.content
    return response.json()


def offers_of(client) -> list[dict]:
    json_ld = course_detail(client)["seo"]["json_ld"]
    json.dumps(json_ld)  # plain JSON: no Decimal reaches the output
    return json_ld["offers"]


def test_a_priced_course_offers_itself_for_its_price(client, seo_site):
    course = seo_site.course
    course.price, course.price_currency = Decimal("89.00"), "EUR"
    course.enrolment_policy = EnrolmentPolicy.APPROVAL
    course.save()
    assert offers_of(client) == [
        {
            "@type": "Offer",
            "category": "Paid",
            "price": "89.00",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
            "url": CANONICAL,
        }
    ]
    body = course_detail(client)
    assert (body["price"], body["price_currency"], body["enrolment_policy"]) == (
        89.0,
        "EUR",
        "approval",
    )


@pytest.mark.parametrize("price", [None, Decimal("0.00")])
def test_a_free_course_says_it_is_free(client, seo_site, price):
    course = seo_site.course
    course.price = price
    course.save()
    (offer,) = offers_of(client)
    assert (offer["category"], offer["price"], offer["priceCurrency"]) == ("Free", "0", "USD")
    body = course_detail(client)
    assert body["price"] == (None if price is None else 0.0)
    assert body["enrolment_policy"] == "open"


def test_the_offer_sits_on_the_course_not_on_its_lessons(client, seo_site):
    lesson = client.get(f"/api/v2/lessons/{seo_site.lesson.pk}/").json()
    assert "offers" not in json.dumps(lesson["seo"]["json_ld"])
    assert "offers" not in course_detail(client)["seo"]["json_ld"]["hasCourseInstance"][0]
