"""The learner's reader pages under /learn/ (My courses, post-test, evaluation, claim)."""

from django.urls import path

from lessons.credit.reader import views

app_name = "learn"

urlpatterns = [
    path("", views.my_courses, name="my-courses"),
    path("profile/", views.profile, name="profile"),
    path("courses/<slug:slug>/", views.course, name="course"),
    path("courses/<slug:slug>/enrol/", views.enrol_in_course, name="enrol"),
    path(
        "courses/<slug:slug>/lessons/<int:lesson_id>/progress/",
        views.lesson_progress,
        name="lesson-progress",
    ),
    path("courses/<slug:slug>/post-test/", views.post_test, name="post-test"),
    path("courses/<slug:slug>/evaluation/", views.evaluation, name="evaluation"),
    path("courses/<slug:slug>/claim/", views.claim, name="claim"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate-pdf"),
]
