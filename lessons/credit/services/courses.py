"""Finding the course, enrolment and lessons a learner's request is about, or refusing clearly.

Only live, public courses and lessons count: a learner never enrols in a draft or a
restricted course, and a lesson unpublished after they started no longer gates their credit.
"""

from lessons.credit.errors import CreditError
from lessons.credit.models import Enrolment
from lessons.models import CoursePage, LessonPage


def published_course(slug: object) -> CoursePage:
    if not isinstance(slug, str) or not slug or len(slug) > 255:
        raise CreditError("invalid_course", "Name the course by its slug.", field="course")
    course = CoursePage.objects.live().public().filter(slug=slug).first()
    if course is None:
        raise CreditError("unknown_course", f"There is no course {slug!r}.", status=404)
    return course


def course_lessons(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().public().child_of(course).order_by("path"))


def active_enrolment(user, slug: object, *, for_update: bool = False) -> Enrolment:
    """The learner's enrolment in a course, which must be active (approved, paid) to study."""
    course = published_course(slug)
    enrolments = Enrolment.objects.select_related("course")
    if for_update:
        enrolments = enrolments.select_for_update()
    enrolment = enrolments.filter(learner=user, course=course).first()
    if enrolment is None:
        raise CreditError("not_enrolled", f"You are not enrolled in {course.title!r}.", status=409)
    if not enrolment.is_active:
        raise CreditError(
            "enrolment_not_active",
            f"Your enrolment in {course.title!r} is {enrolment.get_status_display().lower()}.",
            status=409,
        )
    return enrolment
