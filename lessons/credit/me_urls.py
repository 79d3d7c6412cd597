"""/api/v2/me/…: the learner's own records (mounted by cms/api.py)."""

from django.urls import path

from lessons.credit import course_api, me_api

urlpatterns = [
    path("", me_api.ProfileView.as_view(), name="me"),
    path("courses/", course_api.EnrolmentsView.as_view(), name="me-courses"),
    path(
        "lessons/<int:lesson_id>/progress/",
        course_api.LessonProgressView.as_view(),
        name="me-lesson-progress",
    ),
    path("courses/<str:slug>/post-test/", course_api.PostTestView.as_view(), name="me-post-test"),
    path(
        "courses/<str:slug>/post-test/attempts/",
        course_api.AttemptsView.as_view(),
        name="me-post-test-attempts",
    ),
    path(
        "courses/<str:slug>/evaluation/", course_api.EvaluationView.as_view(), name="me-evaluation"
    ),
    path("courses/<str:slug>/claims/", course_api.ClaimsView.as_view(), name="me-claims"),
    path("certificates/", me_api.CertificatesView.as_view(), name="me-certificates"),
    path(
        "certificates/<str:code>/pdf/",
        me_api.CertificatePDFView.as_view(),
        name="me-certificate-pdf",
    ),
    path("transcript/", me_api.TranscriptView.as_view(), name="me-transcript"),
]
