"""The course evaluation: every required item answered, once, before credit can be claimed."""

from django.conf import settings
from django.db import IntegrityError, transaction

from lessons.credit.errors import CreditError
from lessons.credit.models import CourseEvaluation, Enrolment, EvaluationItem, EvaluationResponse
from lessons.credit.services.courses import active_enrolment


def course_evaluation(enrolment: Enrolment) -> tuple[CourseEvaluation, list[EvaluationItem]]:
    evaluation = CourseEvaluation.objects.filter(course_id=enrolment.course_id).first()
    if evaluation is None:
        raise CreditError(
            "no_evaluation", "This course has no evaluation yet: ask the publisher.", status=409
        )
    return evaluation, list(evaluation.items.order_by("sort_order", "pk"))


def _answer(item: EvaluationItem, value: object) -> int | str | None:
    if value is None or value == "":
        if item.required:
            raise CreditError("unanswered", f"Answer item {item.pk}.", field="answers")
        return None
    if item.kind == EvaluationItem.Kind.RATING:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise CreditError(
                "invalid_rating",
                f"Item {item.pk} takes a whole number from 1 to 5.",
                field="answers",
            )
        return value
    if not isinstance(value, str) or len(value) > settings.CREDIT_MAX_TEXT_ANSWER:
        raise CreditError(
            "invalid_text",
            f"Item {item.pk} takes text of at most {settings.CREDIT_MAX_TEXT_ANSWER} characters.",
            field="answers",
        )
    return value.strip()


def submit_evaluation(user, course_slug: object, answers: object) -> EvaluationResponse:
    with transaction.atomic():
        enrolment = active_enrolment(user, course_slug, for_update=True)
        _, items = course_evaluation(enrolment)
        if EvaluationResponse.objects.filter(enrolment=enrolment).exists():
            raise CreditError(
                "already_evaluated", "You have already evaluated this course.", status=409
            )
        if not isinstance(answers, dict):
            raise CreditError(
                "malformed_answers",
                "answers must be an object from item id to answer.",
                field="answers",
            )
        by_id = {str(item.pk): item for item in items}
        unknown = set(answers) - set(by_id)
        if unknown:
            raise CreditError(
                "unknown_item",
                f"This evaluation has no item {sorted(unknown)[0]!r}.",
                field="answers",
            )
        cleaned = {key: _answer(item, answers.get(key)) for key, item in by_id.items()}
        try:
            return EvaluationResponse.objects.create(
                enrolment=enrolment,
                answers={key: value for key, value in cleaned.items() if value is not None},
            )
        except IntegrityError:
            raise CreditError(
                "already_evaluated", "You have already evaluated this course.", status=409
            ) from None
