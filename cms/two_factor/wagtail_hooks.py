"""Admin URLs and the account menu entry of two-factor authentication."""

from django.urls import path, reverse

from wagtail import hooks

from cms.two_factor import views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", views.manage, name="two_factor_manage"),
        path("two-factor/verify/", views.verify, name="two_factor_verify"),
        path("two-factor/enrol/", views.enrol, name="two_factor_enrol"),
        path("two-factor/remove/", views.remove, name="two_factor_remove"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": "Two-factor authentication",
        "help_text": "Ask for a code from an authenticator app, as well as your password.",
    }
