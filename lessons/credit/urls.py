"""The credit room's public pages at the site root: the issuer's keys and certificate
verification (the API is in cms/api.py, the learner's pages under /learn/)."""

from django.urls import path

from lessons.credit import verification_views

app_name = "credit"

urlpatterns = [
    path(".well-known/jwks.json", verification_views.jwks, name="jwks"),
    path(
        "certificates/<str:code>/",
        verification_views.certificate_verification,
        name="certificate-verification",
    ),
]
