from .assessment import Attempt, PostTest, Question, QuestionKind
from .certificate import Certificate, CertificateStatus, new_certificate_code
from .enrolment import Enrolment, EnrolmentStatus, LessonProgress
from .evaluation import CourseEvaluation, EvaluationItem, EvaluationResponse
from .profile import LearnerProfile

__all__ = [
    "Attempt",
    "Certificate",
    "CertificateStatus",
    "CourseEvaluation",
    "Enrolment",
    "EnrolmentStatus",
    "EvaluationItem",
    "EvaluationResponse",
    "LearnerProfile",
    "LessonProgress",
    "PostTest",
    "Question",
    "QuestionKind",
    "new_certificate_code",
]
