"""The "CE/CME credit" menu of the Wagtail admin: post-tests and evaluations editors write,
enrolments staff approve or mark paid, certificates (read-only, revoked or reissued through
their own forms), and the reports accreditors need (lessons/credit/admin_views.py).

Certificates and enrolments are records, not content: Wagtail's add, edit and delete forms
are refused to everyone, superusers included, so that an issued certificate is only ever
changed by the corrections service, which keeps the old one on record.
"""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    HistoryView,
    IndexView,
    InspectView,
    SnippetViewSet,
)

import django_filters

from lessons.credit import admin_views
from lessons.credit.models import (
    Certificate,
    CertificateStatus,
    CourseEvaluation,
    Enrolment,
    EnrolmentStatus,
    PostTest,
)
from lessons.credit.services.enrolment import approve_enrolment

WAITING = [EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.AWAITING_PAYMENT]


class RecordPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, but nobody adds, edits or deletes these records in Wagtail's forms."""

    refused = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.refused])


register_permission_policy(Certificate, RecordPermissionPolicy(Certificate), exact_class=True)
register_permission_policy(Enrolment, RecordPermissionPolicy(Enrolment), exact_class=True)


class PostTestViewSet(SnippetViewSet):
    model = PostTest
    icon = "help"
    menu_label = "Post-tests"
    list_display = ["course", "pass_mark", "attempt_limit"]
    search_fields = ["course__title"]
    search_backend_name = None


class CourseEvaluationViewSet(SnippetViewSet):
    model = CourseEvaluation
    icon = "form"
    menu_label = "Evaluations"
    list_display = ["course", "intro"]
    search_fields = ["course__title"]
    search_backend_name = None


class EnrolmentFilterSet(WagtailFilterSet):
    waiting = django_filters.BooleanFilter(label="Waiting for staff", method="filter_waiting")

    class Meta:
        model = Enrolment
        fields = ["status", "course"]

    def filter_waiting(self, queryset, name, value):
        return (
            queryset.filter(status__in=WAITING) if value else queryset.exclude(status__in=WAITING)
        )


class EnrolmentViewSet(SnippetViewSet):
    model = Enrolment
    icon = "group"
    menu_label = "Enrolments"
    list_display = ["learner", "course", "status", "enrolled_at", "activated_at", "completed_at"]
    filterset_class = EnrolmentFilterSet
    search_fields = ["learner__username", "learner__email", "course__title"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50

    @property
    def menu_url(self):
        return reverse(self.get_url_name("list")) + "?waiting=true"

    def get_queryset(self, request):
        return Enrolment.objects.select_related("learner", "course")


@hooks.register("register_bulk_action")
class ApproveEnrolmentsAction(SnippetBulkAction):
    """Approve the chosen enrolments, or record that they were paid for: the same step."""

    models = [Enrolment]
    display_name = "Approve / mark paid"
    action_type = "approve_enrolments"
    aria_label = "Approve the selected enrolments or mark them paid"
    template_name = "credit/admin/enrolment_bulk_confirm.html"

    def check_perm(self, enrolment):
        return self.request.user.has_perm("credit.change_enrolment")

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        waiting = [enrolment for enrolment in objects if enrolment.status in WAITING]
        for enrolment in waiting:
            approve_enrolment(enrolment, by=user)
        return len(waiting), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} enrolment(s) now active."


def certificate_action_urls(certificate, user) -> list[tuple[str, str, str]]:
    """Revoke and reissue, for a valid certificate and someone who may change certificates."""
    if certificate.status != CertificateStatus.VALID or not user.has_perm(
        admin_views.CHANGE_PERMISSION
    ):
        return []
    return [
        ("Reissue (correct)", admin_views.certificate_url("reissue", certificate), "resubmit"),
        ("Revoke", admin_views.certificate_url("revoke", certificate), "cross"),
    ]


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for label, url, icon in certificate_action_urls(instance, self.request.user):
            buttons.append(ListingMenuItem(label, url=url, icon_name=icon, priority=40))
        return buttons


class CertificateInspectView(InspectView):
    @property
    def header_more_buttons(self):
        actions = certificate_action_urls(self.object, self.request.user)
        history = admin_views.certificate_url("history", self.object)
        return [
            *(Button(label, url=url, icon_name=icon) for label, url, icon in actions),
            Button("History", url=history, icon_name="history"),
        ]


class CertificateHistoryView(HistoryView):
    """Who revoked or reissued it, and when: for anyone who may view certificates."""

    any_permission_required = ["view"]


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = "Certificates"
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["credential"]  # served at its own URL; too long to read
    copy_view_enabled = False
    list_display = [
        "code",
        "learner_name",
        "course_title",
        "credit_type_code",
        "hours",
        "completed_on",
        "status",
    ]
    list_filter = ["status", "credit_type_code", "completed_on"]
    search_fields = ["code", "learner_name", "learner_email", "licence_number"]
    search_backend_name = None
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", admin_views.RevokeCertificateView.as_view(), name="revoke"),
            path("reissue/<int:pk>/", admin_views.ReissueCertificateView.as_view(), name="reissue"),
        ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


class CreditReportsViewSet(ViewSet):
    name = "credit_reports"
    url_prefix = "credit/reports"
    icon = "table"
    menu_label = "Course reports"
    menu_item_class = ReportMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.CourseReportIndexView.as_view(), name="index"),
            path("courses/<int:pk>/", admin_views.CourseReportView.as_view(), name="course"),
            path("completions.csv", admin_views.completions_csv, name="completions_csv"),
            path("learners/", admin_views.LearnerLookupView.as_view(), name="learners"),
            path(
                "learners/<int:pk>/",
                admin_views.LearnerTranscriptView.as_view(),
                name="learner",
            ),
        ]


class LearnerLookupViewSet(ViewSet):
    """A menu entry only: the look-up lives among the reports' URLs."""

    name = "credit_learner_lookup"
    icon = "user"
    menu_label = "Learner look-up"
    menu_item_class = ReportMenuItem

    @property
    def menu_url(self):
        return reverse("credit_reports:learners")


class CreditGroup(ViewSetGroup):
    items = (
        PostTestViewSet,
        CourseEvaluationViewSet,
        EnrolmentViewSet,
        CertificateViewSet,
        CreditReportsViewSet,
        LearnerLookupViewSet,
    )
    menu_icon = "tasks"
    menu_label = "CE/CME credit"
    menu_order = 260


register_snippet(CreditGroup)


class RevokedFormatter(LogFormatter):
    label = "Revoke certificate"

    def format_message(self, log_entry):
        return f"Revoked: {log_entry.data.get('reason', '')}"


class SupersededFormatter(LogFormatter):
    label = "Supersede certificate"

    def format_message(self, log_entry):
        data = log_entry.data
        fixed = "; ".join(
            f"{name} {values[0]!r} → {values[1]!r}"
            for name, values in data.items()
            if name != "new"
        )
        return f"Superseded by {data.get('new', '?')} ({fixed})"


class ReissuedFormatter(LogFormatter):
    label = "Reissue certificate"

    def format_message(self, log_entry):
        return f"Issued as the correction of {log_entry.data.get('replaces', '?')}"


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("credit.certificate.revoked")(RevokedFormatter)
    actions.register_action("credit.certificate.superseded")(SupersededFormatter)
    actions.register_action("credit.certificate.reissued")(ReissuedFormatter)
