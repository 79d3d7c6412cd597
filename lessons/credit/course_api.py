"""The learner's path through a course: enrol, watch, pass the post-test, evaluate, claim."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response

from lessons.credit.errors import CreditError
from lessons.credit.input_serializers import (
    AttemptInputSerializer,
    ClaimInputSerializer,
    EnrolInputSerializer,
    EvaluationInputSerializer,
    ProgressInputSerializer,
)
from lessons.credit.me_api import ERROR, PRIVATE, LearnerAPIView
from lessons.credit.record_serializers import CertificateSerializer
from lessons.credit.selectors import learner_course, learner_courses
from lessons.credit.serializers import (
    AttemptSerializer,
    EnrolmentListSerializer,
    EnrolmentSerializer,
    EvaluationSerializer,
    PostTestSerializer,
    ProgressResultSerializer,
    attempt_result,
)
from lessons.credit.services.claims import claim_credit
from lessons.credit.services.courses import active_enrolment
from lessons.credit.services.enrolment import enrol, record_progress
from lessons.credit.services.evaluation import course_evaluation, submit_evaluation
from lessons.credit.services.post_test import post_test_state, shuffled, submit_attempt

TAGS = ["learner"]


def _body(serializer_class, request) -> dict:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class EnrolmentsView(LearnerAPIView):
    @extend_schema(responses={**PRIVATE, 200: EnrolmentListSerializer}, tags=TAGS)
    def get(self, request):
        courses = learner_courses(request.user)
        return Response(
            {"count": len(courses), "results": EnrolmentSerializer(courses, many=True).data}
        )

    @extend_schema(
        request=EnrolInputSerializer,
        responses={
            **PRIVATE,
            200: EnrolmentSerializer,
            201: EnrolmentSerializer,
            400: ERROR,
            404: ERROR,
        },
        tags=TAGS,
        description="Idempotent: enrolling again answers 200 with the existing enrolment.",
    )
    def post(self, request):
        enrolment, created = enrol(request.user, _body(EnrolInputSerializer, request)["course"])
        progress = learner_course(request.user, enrolment.course)
        return Response(
            EnrolmentSerializer(progress).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


class LessonProgressView(LearnerAPIView):
    @extend_schema(
        request=ProgressInputSerializer,
        responses={**PRIVATE, 200: ProgressResultSerializer, 400: ERROR, 404: ERROR, 409: ERROR},
        tags=TAGS,
    )
    def put(self, request, lesson_id: int):
        body = _body(ProgressInputSerializer, request)
        record = record_progress(
            request.user,
            lesson_id,
            position_seconds=body["position_seconds"],
            completed=body["completed"],
        )
        return Response(
            {
                "lesson": lesson_id,
                "position_seconds": record.position_seconds,
                "furthest_seconds": record.furthest_seconds,
                "completed": record.completed,
                "completed_at": record.completed_at,
            }
        )


class PostTestView(LearnerAPIView):
    @extend_schema(
        responses={**PRIVATE, 200: PostTestSerializer, 404: ERROR, 409: ERROR}, tags=TAGS
    )
    def get(self, request, slug: str):
        state = post_test_state(active_enrolment(request.user, slug))
        return Response(PostTestSerializer(state, context={"questions": shuffled(state)}).data)


class AttemptsView(LearnerAPIView):
    @extend_schema(
        request=AttemptInputSerializer,
        responses={**PRIVATE, 201: AttemptSerializer, 400: ERROR, 404: ERROR, 409: ERROR},
        tags=TAGS,
    )
    def post(self, request, slug: str):
        answers = request.data.get("answers") if isinstance(request.data, dict) else None
        attempt, state = submit_attempt(request.user, slug, answers)
        return Response(
            AttemptSerializer(attempt_result(attempt, state)).data, status=status.HTTP_201_CREATED
        )


class EvaluationView(LearnerAPIView):
    @extend_schema(
        responses={**PRIVATE, 200: EvaluationSerializer, 404: ERROR, 409: ERROR}, tags=TAGS
    )
    def get(self, request, slug: str):
        enrolment = active_enrolment(request.user, slug)
        return Response(EvaluationSerializer(self._data(enrolment)).data)

    @extend_schema(
        request=EvaluationInputSerializer,
        responses={**PRIVATE, 201: EvaluationSerializer, 400: ERROR, 404: ERROR, 409: ERROR},
        tags=TAGS,
    )
    def post(self, request, slug: str):
        answers = request.data.get("answers") if isinstance(request.data, dict) else None
        response = submit_evaluation(request.user, slug, answers)
        data = self._data(response.enrolment)
        return Response(EvaluationSerializer(data).data, status=status.HTTP_201_CREATED)

    @staticmethod
    def _data(enrolment) -> dict:
        evaluation, items = course_evaluation(enrolment)
        response = getattr(enrolment, "evaluation_response", None)
        return {"evaluation": evaluation, "items": items, "response": response}


class ClaimsView(LearnerAPIView):
    @extend_schema(
        request=ClaimInputSerializer,
        responses={**PRIVATE, 201: CertificateSerializer, 400: ERROR, 404: ERROR, 409: ERROR},
        tags=TAGS,
        description="Issues the certificate once every requirement is met.",
    )
    def post(self, request, slug: str):
        if not isinstance(request.data, dict):
            raise CreditError("malformed_claim", "Send the claim as a JSON object.")
        certificate = claim_credit(
            request.user,
            slug,
            credit_type_code=request.data.get("credit_type"),
            hours=request.data.get("hours"),
            attestation=request.data.get("attestation"),
        )
        return Response(
            CertificateSerializer(certificate, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )
