"""The learner API's JSON shapes, each defined once. They translate loaded objects: no queries.

Request bodies have their own module (input_serializers): what a learner sends and what the API
answers change for different reasons.
"""

import random

from django.conf import settings

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.schema_fields import PageTypeField
from lessons.credit.selectors import CourseProgress
from lessons.credit.services.post_test import PostTestState


class ProfileSerializer(serializers.Serializer):
    username = serializers.CharField(source="user.username", read_only=True)
    email = serializers.EmailField(source="user.email", read_only=True)
    email_verified = serializers.BooleanField(read_only=True)
    legal_name = serializers.CharField(source="profile.legal_name")
    profession = serializers.CharField(source="profile.profession")
    licence_number = serializers.CharField(source="profile.licence_number")
    licence_jurisdiction = serializers.CharField(source="profile.licence_jurisdiction")


def seconds(duration) -> int:
    return int(duration.total_seconds())


def lesson_progress(progress: CourseProgress) -> list[dict]:
    share = settings.LESSON_COMPLETION_SHARE
    rows = []
    for lesson in progress.lessons:
        record = progress.progress.get(lesson.pk)
        rows.append(
            {
                "id": lesson.pk,
                "title": lesson.title,
                "slug": lesson.slug,
                "duration_seconds": seconds(lesson.duration),
                "required_seconds": int(seconds(lesson.duration) * share),
                "position_seconds": record.position_seconds if record else 0,
                "furthest_seconds": record.furthest_seconds if record else 0,
                "completed": bool(record and record.completed),
                "completed_at": record.completed_at if record else None,
            }
        )
    return rows


class LessonProgressSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    duration_seconds = serializers.IntegerField()
    required_seconds = serializers.IntegerField()
    position_seconds = serializers.IntegerField()
    furthest_seconds = serializers.IntegerField()
    completed = serializers.BooleanField()
    completed_at = serializers.DateTimeField(allow_null=True)


class PostTestSummarySerializer(serializers.Serializer):
    available = serializers.BooleanField()
    pass_mark = serializers.IntegerField(allow_null=True)
    attempts_used = serializers.IntegerField()
    attempts_left = serializers.IntegerField(allow_null=True)
    passed = serializers.BooleanField()
    best_score = serializers.IntegerField(allow_null=True)


def post_test_summary(progress: CourseProgress) -> dict:
    post_test = getattr(progress.course, "post_test", None)
    used = len(progress.attempts)
    return {
        "available": post_test is not None,
        "pass_mark": post_test.pass_mark if post_test else None,
        "attempts_used": used,
        "attempts_left": max(post_test.attempt_limit - used, 0) if post_test else None,
        "passed": progress.passing_attempt is not None,
        "best_score": max((attempt.score for attempt in progress.attempts), default=None),
    }


class EnrolledCourseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = PageTypeField("lessons.CoursePage")
    slug = serializers.CharField()
    title = serializers.CharField()


class EnrolmentSerializer(serializers.Serializer):
    course = EnrolledCourseSerializer()
    status = serializers.CharField(source="enrolment.status")
    enrolled_at = serializers.DateTimeField(source="enrolment.enrolled_at")
    completed_at = serializers.DateTimeField(allow_null=True)
    credit_hours = serializers.DecimalField(
        source="course.credit_hours",
        max_digits=4,
        decimal_places=1,
        allow_null=True,
        coerce_to_string=False,
    )
    credit_types = serializers.SerializerMethodField()
    lessons = serializers.SerializerMethodField()
    lessons_completed = serializers.IntegerField()
    lessons_total = serializers.SerializerMethodField()
    post_test = serializers.SerializerMethodField()
    evaluated = serializers.BooleanField()
    certificates = serializers.SerializerMethodField()
    next_step = serializers.CharField()

    def get_credit_types(self, progress: CourseProgress) -> list[str]:
        return [credit.code for credit in progress.course.credit_types.all()]

    @extend_schema_field(LessonProgressSerializer(many=True))
    def get_lessons(self, progress: CourseProgress):
        return LessonProgressSerializer(lesson_progress(progress), many=True).data

    def get_lessons_total(self, progress: CourseProgress) -> int:
        return len(progress.lessons)

    @extend_schema_field(PostTestSummarySerializer)
    def get_post_test(self, progress: CourseProgress) -> dict:
        return PostTestSummarySerializer(post_test_summary(progress)).data

    def get_certificates(self, progress: CourseProgress) -> list[str]:
        return [certificate.code for certificate in progress.certificates]


class ChoiceSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The choice's id, to send back in an attempt.")
    text = serializers.CharField()


class QuestionSerializer(serializers.Serializer):
    """A question as a learner sees it before answering: never a hint of the right choices."""

    id = serializers.IntegerField(source="pk")
    kind = serializers.CharField()
    prompt = serializers.CharField()
    choices = serializers.SerializerMethodField()

    @extend_schema_field(ChoiceSerializer(many=True))
    def get_choices(self, question) -> list[dict]:
        choices = [{"id": choice.id, "text": choice.value["text"]} for choice in question.choices]
        random.SystemRandom().shuffle(choices)
        return choices


class PostTestSerializer(serializers.Serializer):
    pass_mark = serializers.IntegerField(source="post_test.pass_mark")
    attempt_limit = serializers.IntegerField(source="post_test.attempt_limit")
    instructions = serializers.CharField(source="post_test.instructions")
    attempts_used = serializers.SerializerMethodField()
    attempts_left = serializers.IntegerField()
    passed = serializers.BooleanField()
    questions = serializers.SerializerMethodField()

    def get_attempts_used(self, state: PostTestState) -> int:
        return len(state.attempts)

    @extend_schema_field(QuestionSerializer(many=True))
    def get_questions(self, state: PostTestState):
        return QuestionSerializer(self.context["questions"], many=True).data


def attempt_result(attempt, state: PostTestState) -> dict:
    """The graded attempt: which questions were right, with the explanations; the right
    choices themselves only once they cannot help a further attempt."""
    reveal = state.reveals_answers
    correct = set(attempt.correct_questions)
    questions = []
    for question in state.questions:
        key = str(question.pk)
        row = {
            "id": question.pk,
            "correct": key in correct,
            "chosen": attempt.answers.get(key, []),
            "explanation": question.explanation,
        }
        if reveal:
            row["correct_choices"] = sorted(question.correct_choice_ids())
        questions.append(row)
    return {
        "attempt": attempt.number,
        "score": attempt.score,
        "pass_mark": attempt.pass_mark,
        "passed": attempt.passed,
        "attempts_left": state.attempts_left,
        "submitted_at": attempt.submitted_at,
        "questions": questions,
    }


class AttemptQuestionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    correct = serializers.BooleanField()
    chosen = serializers.ListField(child=serializers.CharField())
    explanation = serializers.CharField()
    correct_choices = serializers.ListField(child=serializers.CharField(), required=False)


class AttemptSerializer(serializers.Serializer):
    attempt = serializers.IntegerField()
    score = serializers.IntegerField()
    pass_mark = serializers.IntegerField()
    passed = serializers.BooleanField()
    attempts_left = serializers.IntegerField()
    submitted_at = serializers.DateTimeField()
    questions = AttemptQuestionSerializer(many=True)


class EvaluationItemSerializer(serializers.Serializer):
    def get_fields(self):
        # "required" is a Field attribute: declared on the class it would shadow it.
        return {
            "id": serializers.IntegerField(source="pk"),
            "kind": serializers.CharField(),
            "prompt": serializers.CharField(),
            "required": serializers.BooleanField(),
        }


class EvaluationSerializer(serializers.Serializer):
    intro = serializers.CharField(source="evaluation.intro")
    items = EvaluationItemSerializer(many=True)
    submitted = serializers.SerializerMethodField()
    submitted_at = serializers.SerializerMethodField()
    answers = serializers.SerializerMethodField()

    def get_submitted(self, data) -> bool:
        return data["response"] is not None

    def get_submitted_at(self, data) -> str | None:
        response = data["response"]
        return (
            serializers.DateTimeField().to_representation(response.submitted_at)
            if response
            else None
        )

    @extend_schema_field(
        {
            "type": ["object", "null"],
            "additionalProperties": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        }
    )
    def get_answers(self, data) -> dict | None:
        return data["response"].answers if data["response"] else None


class EnrolmentListSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    results = EnrolmentSerializer(many=True)


class ProgressResultSerializer(serializers.Serializer):
    lesson = serializers.IntegerField()
    position_seconds = serializers.IntegerField()
    furthest_seconds = serializers.IntegerField()
    completed = serializers.BooleanField()
    completed_at = serializers.DateTimeField(allow_null=True)
