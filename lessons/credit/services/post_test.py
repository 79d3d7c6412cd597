"""The post-test, graded on the server: questions go out without answers, attempts come back.

A question scores when the set of choices ticked is exactly the set of right choices (no
partial credit, as in most accredited CE post-tests). Right answers are revealed only once
they can no longer help: after a pass, or when no attempt is left.
"""

import random
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from lessons.credit.errors import CreditError
from lessons.credit.models import Attempt, Enrolment, PostTest, Question, QuestionKind
from lessons.credit.services.courses import active_enrolment

MAX_ANSWER_KEYS = 500


@dataclass(frozen=True)
class PostTestState:
    post_test: PostTest
    questions: list[Question]
    attempts: list[Attempt]

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.attempts)

    @property
    def attempts_left(self) -> int:
        return max(self.post_test.attempt_limit - len(self.attempts), 0)

    @property
    def reveals_answers(self) -> bool:
        return self.passed or self.attempts_left == 0


def post_test_state(enrolment: Enrolment) -> PostTestState:
    post_test = PostTest.objects.filter(course_id=enrolment.course_id).first()
    if post_test is None:
        raise CreditError(
            "no_post_test", "This course has no post-test yet: ask the publisher.", status=409
        )
    questions = list(post_test.questions.order_by("sort_order", "pk"))
    attempts = list(enrolment.attempts.order_by("number"))
    return PostTestState(post_test, questions, attempts)


def shuffled(state: PostTestState, rng: random.Random | None = None) -> list[Question]:
    """Questions (and, in the serializer, their choices) in a fresh order for each reading."""
    questions = list(state.questions)
    (rng or random.SystemRandom()).shuffle(questions)
    return questions


def _chosen(question: Question, value: object) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CreditError(
            "malformed_answer",
            f"The answer to question {question.pk} must be a choice id or a list of them.",
            field="answers",
        )
    chosen = frozenset(value)
    unknown = chosen - set(question.choice_ids())
    if unknown:
        raise CreditError(
            "unknown_choice",
            f"Question {question.pk} has no choice {sorted(unknown)[0]!r}.",
            field="answers",
        )
    if not chosen:
        raise CreditError("unanswered", f"Answer question {question.pk}.", field="answers")
    if question.kind != QuestionKind.MULTIPLE and len(chosen) != 1:
        raise CreditError(
            "one_choice_only", f"Question {question.pk} takes exactly one choice.", field="answers"
        )
    return chosen


def _validated(state: PostTestState, answers: object) -> dict[str, frozenset[str]]:
    if not isinstance(answers, dict) or len(answers) > MAX_ANSWER_KEYS:
        raise CreditError(
            "malformed_answers",
            "answers must be an object from question id to choice ids.",
            field="answers",
        )
    by_id = {str(question.pk): question for question in state.questions}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise CreditError(
            "unknown_question",
            f"This post-test has no question {sorted(unknown)[0]!r}.",
            field="answers",
        )
    missing = [key for key in by_id if key not in answers]
    if missing:
        raise CreditError(
            "unanswered",
            f"Answer every question: {len(missing)} left unanswered ({', '.join(missing)}).",
            field="answers",
        )
    return {key: _chosen(by_id[key], answers[key]) for key in by_id}


def submit_attempt(user, course_slug: object, answers: object) -> tuple[Attempt, PostTestState]:
    with transaction.atomic():
        enrolment = active_enrolment(user, course_slug, for_update=True)
        state = post_test_state(enrolment)
        if state.passed:
            raise CreditError(
                "already_passed", "You have already passed this post-test.", status=409
            )
        if state.attempts_left == 0:
            raise CreditError(
                "no_attempts_left",
                f"All {state.post_test.attempt_limit} attempts are used.",
                status=409,
            )
        chosen = _validated(state, answers)
        correct = [
            key
            for key, question in ((str(q.pk), q) for q in state.questions)
            if chosen[key] == question.correct_choice_ids()
        ]
        score = len(correct) * 100 // len(state.questions) if state.questions else 0
        try:
            attempt = Attempt.objects.create(
                enrolment=enrolment,
                number=len(state.attempts) + 1,
                answers={key: sorted(value) for key, value in chosen.items()},
                correct_questions=correct,
                score=score,
                pass_mark=state.post_test.pass_mark,
                passed=score >= state.post_test.pass_mark,
            )
        except IntegrityError:  # lost a race with the learner's other tab: refuse, record nothing
            raise CreditError(
                "attempt_in_progress", "Another attempt was submitted at the same time.", status=409
            ) from None
    return attempt, PostTestState(state.post_test, state.questions, [*state.attempts, attempt])
