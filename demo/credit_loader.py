"""The demo's credit room: who may claim each credit type, the priced course, and each course's
post-test and evaluation (demo.data.credit), added once to whatever the demo loader built.

Like the rest of the loader it only fills gaps: a post-test or evaluation an editor already
wrote is kept as it is, a credit type whose professions an editor ticked keeps them, and a
course an editor priced keeps its price; so a second `load_demo` changes nothing.
"""

from collections.abc import Callable
from decimal import Decimal

from django.db import transaction

from demo.data.credit import ELIGIBLE_PROFESSIONS, EVALUATIONS, POST_TESTS, PRICES
from demo.shapes import EvaluationData, PostTestData
from lessons.credit.models import CourseEvaluation, EvaluationItem, PostTest, Question
from lessons.models import CourseIndexPage, CoursePage, CreditType

Count = Callable[[str, bool], None]


def load_credit_room(index: CourseIndexPage, credit_types: dict[str, CreditType], count: Count):
    for code, professions in ELIGIBLE_PROFESSIONS.items():
        credit_type = credit_types.get(code)
        if credit_type is not None and not credit_type.eligible_professions:
            credit_type.eligible_professions = professions
            credit_type.save(update_fields=["eligible_professions"])
            count("credit types given their professions", True)
    courses = CoursePage.objects.child_of(index).filter(slug__in=[*POST_TESTS, *EVALUATIONS])
    for course in courses.select_related("post_test", "evaluation"):
        price = PRICES.get(course.slug)
        if price is not None and course.price is None:
            course.price = Decimal(price["price"])
            course.price_currency = price["currency"]
            course.save_revision().publish()
            count("priced courses", True)
        if course.slug in POST_TESTS and not hasattr(course, "post_test"):
            create_post_test(course, POST_TESTS[course.slug])
            count("post-tests", True)
        if course.slug in EVALUATIONS and not hasattr(course, "evaluation"):
            create_evaluation(course, EVALUATIONS[course.slug])
            count("course evaluations", True)


def create_post_test(course: CoursePage, data: PostTestData) -> PostTest:
    """Each question passes the admin's own validation (Question.clean) before it is saved."""
    questions = []
    for order, item in enumerate(data["questions"]):
        question = Question(
            kind=item["kind"],
            prompt=item["prompt"],
            choices=[
                ("choice", {"text": text, "correct": correct}) for text, correct in item["choices"]
            ],
            explanation=item["explanation"],
            sort_order=order,
        )
        question.clean()
        questions.append(question)
    post_test = PostTest(
        course=course,
        pass_mark=data["pass_mark"],
        attempt_limit=data["attempt_limit"],
        instructions=data["instructions"],
    )
    post_test.questions = questions  # type: ignore[assignment]  # modelcluster's child relation
    with transaction.atomic():
        post_test.save()
    return post_test


def create_evaluation(course: CoursePage, data: EvaluationData) -> CourseEvaluation:
    evaluation = CourseEvaluation(course=course, intro=data["intro"])
    evaluation.items = [  # type: ignore[assignment]  # modelcluster's child relation
        EvaluationItem(
            kind=item["kind"], prompt=item["prompt"], required=item["required"], sort_order=order
        )
        for order, item in enumerate(data["items"])
    ]
    with transaction.atomic():
        evaluation.save()
    return evaluation
