"""A new learner earns a certificate through the reader pages, in a real browser.

The whole path Step 12 promises, as a clinician takes it: sign up, verify the email from the
link in the message, fill the profile, enrol, watch both lessons, fail the post-test once and
then pass it, evaluate the course, claim APA credit, download the PDF and check the public
verification page. Nothing is set up behind the browser's back once it is open.
"""

import datetime
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.core import mail

import pytest
from playwright.sync_api import expect

from lessons.credit.factories import (
    CourseEvaluationFactory,
    EvaluationItemFactory,
    PostTestFactory,
    QuestionFactory,
)
from lessons.credit.models import EvaluationItem, QuestionKind
from lessons.factories import CoursePageFactory, CreditTypeFactory, LessonPageFactory

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread, so the data must be committed; the rollback
    # brings back Wagtail's own rows for later tests.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EMAIL = "rosa.mendez@example.org"
USERNAME = "rosamendez"
PASSWORD = "slow-breath-steady-room-2026"  # a throwaway test account
LEGAL_NAME = "Dr Rosa Mendez"
SLUG = "calming-the-anxious-body"

QUESTIONS = [
    ("What does slow exhalation mainly engage?", ["The parasympathetic system", "Adrenaline"]),
    ("Which comes first with a panicking client?", ["Grounding in the room", "Homework"]),
    ("How long should a paced breath out last?", ["Longer than the breath in", "No time"]),
    ("Is reassurance alone enough to end a panic attack?", ["False", "True"]),
]  # each prompt with its right choice first, then a wrong one


@pytest.fixture
def course(site_tree, live_server):
    """The site on the live server's host, and a course carrying APA credit for
    psychologists: two short lessons, a four-question post-test, a two-item evaluation."""
    address = urlsplit(live_server.url)
    site_tree.site.hostname, site_tree.site.port = address.hostname, address.port
    site_tree.site.save()
    apa = CreditTypeFactory(code="APA", name="American Psychological Association")
    apa.eligible_professions = ["psychologist"]
    apa.save()
    page = CoursePageFactory(
        parent=site_tree.courses,
        slug=SLUG,
        title="Calming the anxious body",
        credit_hours="1.5",
        accreditation_statement="Approved for 1.5 hours of continuing education for psychologists.",
    )
    page.credit_types.set([apa])
    page.save_revision().publish()
    lessons = [
        LessonPageFactory(
            parent=page, slug=f"part-{n}", title=title, duration=datetime.timedelta(seconds=40)
        )
        for n, title in enumerate(["Breath and the nervous system", "Grounding in practice"], 1)
    ]
    post_test = PostTestFactory(course=page, pass_mark=75, attempt_limit=3)
    for prompt, (right, wrong) in QUESTIONS:
        QuestionFactory(
            post_test=post_test,
            kind=QuestionKind.TRUE_FALSE if right in ("True", "False") else QuestionKind.SINGLE,
            prompt=prompt,
            choices=[
                ("choice", {"text": right, "correct": True}),
                ("choice", {"text": wrong, "correct": False}),
            ],
        )
    evaluation = CourseEvaluationFactory(course=page)
    EvaluationItemFactory(evaluation=evaluation, prompt="The course met its objectives.")
    EvaluationItemFactory(
        evaluation=evaluation,
        kind=EvaluationItem.Kind.TEXT,
        prompt="What will you use in your practice?",
        required=False,
    )
    return SimpleNamespace(
        url=live_server.url,
        title=page.title,
        lessons=[(lesson.pk, int(lesson.duration.total_seconds())) for lesson in lessons],
    )


def sign_up_and_verify(page, course):
    page.goto(f"{course.url}/")
    page.get_by_role("link", name="My courses & sign in").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/learn/$"))
    page.goto(f"{course.url}/accounts/signup/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").first.fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(f"{course.url}/learn/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My courses")
    expect(page.locator("main")).to_contain_text("not verified yet")

    message = next(m for m in mail.outbox if EMAIL in m.to)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(f"{course.url}/learn/")
    expect(page.locator("main")).not_to_contain_text("not verified yet")


def fill_profile(page):
    page.get_by_role("navigation", name="My learning").get_by_role("link", name="Profile").click()
    expect(page.locator("main")).to_contain_text("printed on certificates")
    page.get_by_label("Legal name").fill(LEGAL_NAME)
    page.get_by_label("Profession").select_option("psychologist")
    page.get_by_label("Licence number").fill("PSY-30417")
    page.get_by_label("Licensing jurisdiction").fill("Oregon")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")


def enrol_and_watch(page, course):
    page.get_by_role("link", name="My courses", exact=True).click()
    page.get_by_role("link", name=course.title).click()
    page.get_by_role("button", name="Enrol in this course").click()
    expect(page.get_by_role("status")).to_contain_text(f"You are enrolled in {course.title}")
    for lesson_id, seconds in course.lessons:
        # What the lesson player does: the video's position goes into the form, then submit.
        page.locator(f"#lesson-{lesson_id}-position_seconds").fill(str(seconds))
        page.locator(f"#lesson-{lesson_id}").get_by_role("button", name="Mark as watched").click()
        expect(page.get_by_role("status")).to_contain_text("marked as watched")
        expect(page.locator(f"#lesson-{lesson_id}")).to_contain_text("Watched")
    expect(page.locator(".progress-summary")).to_contain_text("watched 2 of 2 lessons")


def answer_post_test(page, *, right: bool):
    for prompt, choices in QUESTIONS:
        question = page.locator("fieldset", has_text=prompt)
        question.get_by_label(choices[0] if right else choices[1], exact=True).check()
    page.get_by_role("button", name="Submit my answers").click()


def take_post_test(page):
    page.get_by_role("link", name="Take the post-test").click()
    expect(page.locator("main")).not_to_contain_text("correct")
    answer_post_test(page, right=False)
    result = page.locator(".result")
    expect(result).to_contain_text("you scored 0 %")
    expect(result).to_contain_text("You did not pass this time. You have 2 attempts left.")
    expect(page.locator("main")).not_to_contain_text("The answer:")

    page.get_by_role("link", name="Try the post-test again").click()
    answer_post_test(page, right=True)
    expect(result).to_contain_text("you scored 100 %")
    expect(result).to_contain_text("You passed.")


def evaluate(page):
    page.get_by_role("link", name="Evaluate the course").click()
    rating = page.get_by_role("group", name="The course met its objectives.")
    rating.get_by_label("4 (agree)", exact=True).check()
    page.get_by_label("What will you use in your practice?").fill("Longer breaths out.")
    page.get_by_role("button", name="Submit the evaluation").click()
    expect(page.get_by_role("status")).to_contain_text("your evaluation is recorded")


def claim(page, course) -> str:
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Claim credit: {course.title}")
    expect(page.locator("main")).to_contain_text(LEGAL_NAME)
    page.get_by_label("Credit type").select_option("APA")
    expect(page.get_by_label("Hours", exact=True)).to_have_value("1.5")
    page.get_by_label("I attest that I took part").check()
    page.get_by_role("button", name="Claim credit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificate of completion")
    expect(page.locator(".facts")).to_contain_text(LEGAL_NAME)
    expect(page.locator(".facts")).to_contain_text("1.5 hours, American Psychological")
    return page.url


FIRST_BYTES = """async (url) => {
  const response = await fetch(url, {credentials: "same-origin"});
  const bytes = new Uint8Array(await response.arrayBuffer());
  return [response.status, response.headers.get("content-type"),
          String.fromCharCode(...bytes.slice(0, 5))];
}"""


# The database is set up before the browser opens (see the browser fixture): keep the order.
def test_a_new_learner_earns_and_verifies_a_certificate(course, page, open_tab):
    sign_up_and_verify(page, course)
    fill_profile(page)
    enrol_and_watch(page, course)
    take_post_test(page)
    evaluate(page)
    certificate_url = claim(page, course)

    pdf_url = page.get_by_role("link", name="Download the certificate (PDF)").get_attribute("href")
    assert page.evaluate(FIRST_BYTES, pdf_url) == [200, "application/pdf", "%PDF-"]

    page.get_by_role("link", name="its public verification page").click()
    code = certificate_url.rstrip("/").rsplit("/", 1)[-1]
    expect(page).to_have_url(f"{course.url}/certificates/{code}/")
    expect(page.get_by_role("heading", name="Valid certificate")).to_be_visible()
    expect(page.locator("main")).to_contain_text(LEGAL_NAME)

    stranger = open_tab()  # another visitor, with cookies of their own
    stranger.goto(certificate_url)
    expect(stranger).to_have_url(re.compile(r"/accounts/login/\?next=/learn/certificates/"))
