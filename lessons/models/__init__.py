from .courses import (
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    CreditType,
    EnrolmentPolicy,
    Profession,
)
from .lessons import LessonMaterial, LessonPage

__all__ = [
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
    "CreditType",
    "EnrolmentPolicy",
    "LessonMaterial",
    "LessonPage",
    "Profession",
]
