"""A course a learner can earn credit on: two lessons, a post-test, an evaluation, two credit
types (APA for psychologists, ANCC for nurses), built with the factories."""

import datetime
from types import SimpleNamespace

import pytest

from lessons.credit.factories import (
    CourseEvaluationFactory,
    EvaluationItemFactory,
    LearnerFactory,
    PostTestFactory,
    QuestionFactory,
)
from lessons.credit.models import EvaluationItem, QuestionKind
from lessons.factories import CoursePageFactory, CreditTypeFactory, LessonPageFactory


@pytest.fixture
def credit_course(site_tree):
    apa = CreditTypeFactory(code="APA", name="American Psychological Association")
    apa.eligible_professions = ["psychologist"]
    apa.save()
    ancc = CreditTypeFactory(code="ANCC", name="American Nurses Credentialing Center")
    ancc.eligible_professions = ["nurse"]
    ancc.save()
    course = CoursePageFactory(
        parent=site_tree.courses,
        slug="anxiety-basics",
        title="Anxiety basics",
        credit_hours="3.0",
        accreditation_statement="Approved for 3 hours of CE.",
    )
    course.credit_types.set([apa, ancc])
    course.save()
    lessons = [
        LessonPageFactory(
            parent=course, slug=f"lesson-{n}", duration=datetime.timedelta(minutes=10)
        )
        for n in (1, 2)
    ]
    post_test = PostTestFactory(course=course, pass_mark=75, attempt_limit=3)
    questions = [QuestionFactory(post_test=post_test) for _ in range(3)]
    questions.append(
        QuestionFactory(
            post_test=post_test,
            kind=QuestionKind.MULTIPLE,
            choices=[
                ("choice", {"text": "Sleep", "correct": True}),
                ("choice", {"text": "Breathing", "correct": True}),
                ("choice", {"text": "Astrology", "correct": False}),
            ],
        )
    )
    evaluation = CourseEvaluationFactory(course=course)
    items = [
        EvaluationItemFactory(evaluation=evaluation),
        EvaluationItemFactory(evaluation=evaluation, kind=EvaluationItem.Kind.TEXT, required=False),
    ]
    return SimpleNamespace(
        course=course,
        lessons=lessons,
        post_test=post_test,
        questions=questions,
        evaluation=evaluation,
        items=items,
        apa=apa,
        ancc=ancc,
    )


@pytest.fixture
def learner(db):
    return LearnerFactory()


def right_answers(questions) -> dict:
    return {str(q.pk): sorted(q.correct_choice_ids()) for q in questions}


def wrong_answers(questions) -> dict:
    answers = {}
    for question in questions:
        wrong = [cid for cid in question.choice_ids() if cid not in question.correct_choice_ids()]
        answers[str(question.pk)] = wrong[:1]
    return answers
