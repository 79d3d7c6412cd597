"""What the reader pages read beyond the learner's own records: the courses they could join.

"My courses" is where the "Earn CE/CMEs" menu item lands, so a learner with no enrolment yet
needs to see what they can enrol in from there: every live, public course that carries credit.
"""

from lessons.models import CoursePage


def courses_carrying_credit(user) -> list[CoursePage]:
    """Live, public courses with CE/CME hours that the learner has not enrolled in yet."""
    return list(
        CoursePage.objects.live()
        .public()
        .filter(credit_hours__isnull=False)
        .exclude(enrolments__learner=user)
        .order_by("title")
    )
