from .courses import CourseIndexPage, CourseInstructor, CoursePage, CreditType
from .lessons import LessonMaterial, LessonPage

__all__ = [
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
    "CreditType",
    "LessonMaterial",
    "LessonPage",
]
