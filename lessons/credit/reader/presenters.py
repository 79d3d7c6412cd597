"""What the reader templates show, shaped from loaded objects (no queries).

The API's serializers define the shapes (lessons.credit.serializers); these add what a page
needs and JSON does not: words for the next step, the URL it leads to, choice texts in place
of choice ids.
"""

from dataclasses import dataclass

from django.urls import reverse

from lessons.credit.selectors import CourseProgress
from lessons.credit.serializers import lesson_progress, post_test_summary

NEXT_STEPS = {
    "wait_for_enrolment": ("Your enrolment is waiting for the publisher", "learn:course"),
    "complete_lessons": ("Watch the lessons", "learn:course"),
    "pass_post_test": ("Take the post-test", "learn:post-test"),
    "evaluate": ("Evaluate the course", "learn:evaluation"),
    "claim_credit": ("Claim your credit", "learn:claim"),
    "done": ("See your certificate", "learn:certificate"),
}


@dataclass(frozen=True)
class CourseRow:
    progress: CourseProgress
    post_test: dict
    next_label: str
    next_url: str

    @property
    def course(self):
        return self.progress.course


def course_row(progress: CourseProgress) -> CourseRow:
    step = progress.next_step
    label, url_name = NEXT_STEPS[step]
    if step == "done":
        code = next(cert.code for cert in progress.certificates if cert.is_valid)
        url = reverse(url_name, args=[code])
    else:
        url = reverse(url_name, args=[progress.course.slug])
    return CourseRow(progress, post_test_summary(progress), label, url)


def lesson_rows(progress: CourseProgress) -> list[dict]:
    """Each lesson's page object beside its progress, as the API reports it."""
    return [
        {**row, "page": lesson}
        for lesson, row in zip(progress.lessons, lesson_progress(progress), strict=True)
    ]


def attempt_rows(result: dict, questions) -> list[dict]:
    """A graded attempt, question by question, in the words of the choices.

    The right choices are there only when the result reveals them (after a pass, or when no
    attempt is left), exactly as in the API.
    """
    by_id = {question.pk: question for question in questions}
    rows = []
    for number, row in enumerate(result["questions"], start=1):
        question = by_id[row["id"]]
        texts = {choice.id: choice.value["text"] for choice in question.choices}
        revealed = row.get("correct_choices")
        rows.append(
            {
                "number": number,
                "prompt": question.prompt,
                "right": row["correct"],
                "chosen": [texts.get(choice, choice) for choice in row["chosen"]],
                "explanation": row["explanation"],
                "revealed": [texts[c] for c in revealed] if revealed is not None else None,
            }
        )
    return rows
