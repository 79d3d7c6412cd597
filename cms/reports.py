"""Admin report: health content whose clinical review no longer holds, because its review date
has passed or because the live text is not the text the reviewer approved."""

from collections import defaultdict

from django.db.models import DateField, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.db.models.query import prefetch_related_objects
from django.utils import timezone

from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

from cms.clinical_review import ReviewStatus
from cms.models import ClinicalReviewMixin

OVERDUE = "Overdue"
CHANGED = "Changed since review"


def reviewed_page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if issubclass(model, ClinicalReviewMixin)]


def changed_since_review_q() -> Q:
    """Reviewed pages whose stored content fingerprint is not the approved one, in SQL (the
    stored fingerprint is refreshed on every save of the content)."""
    approved = Q(reviewed_fingerprint="") | ~Q(reviewed_fingerprint=F("content_fingerprint"))
    return Q(last_reviewed__isnull=False) & approved


def needs_review_q(today) -> Q:
    return Q(next_review_due__lt=today) | changed_since_review_q()


def overdue_review_pages():
    """Pages of every reviewed type that are overdue or changed since review: the most overdue
    first, then changed pages by how soon they fall due. One query, whatever the types."""
    models = reviewed_page_models()
    if not models:
        return Page.objects.none()
    today = timezone.localdate()
    wanted = Q()
    for model in models:
        wanted |= Q(pk__in=model.objects.filter(needs_review_q(today)).values("pk"))
    due_dates = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values("next_review_due")[:1])
        for model in models
    ]
    due = Coalesce(*due_dates, output_field=DateField()) if len(due_dates) > 1 else due_dates[0]
    return (
        Page.objects.filter(wanted)
        .annotate(review_due=due)
        .order_by(F("review_due").asc(nulls_last=True), "path")
        # What Wagtail's page listing shows of each row (site root, workflow, schedule).
        .annotate_site_root_state()
        .annotate_approved_schedule()
        .prefetch_workflow_states()
        .specific()
    )


def review_reasons(page, today=None) -> list[str]:
    """Why a page is in the report, read from the loaded page (no query): it can be both."""
    today = today or timezone.localdate()
    reasons = []
    if page.review_status == ReviewStatus.CHANGED_SINCE_REVIEW:
        reasons.append(CHANGED)
    if page.next_review_due is not None and page.next_review_due < today:
        reasons.append(OVERDUE)
    return reasons


def with_review_reasons(object_list):
    """The pages with `review_reasons` (and a display string) set; no query. The listing's own
    queryset is decorated in place: its cached rows are what the template iterates."""
    today = timezone.localdate()
    for page in object_list:
        page.review_reasons = review_reasons(page, today)
        page.review_reasons_display = ", ".join(page.review_reasons)
    return object_list


def with_review_details(object_list):
    """As `with_review_reasons`, with each page's reviewer fetched: one query per page type,
    not one per row."""
    by_type = defaultdict(list)
    for page in object_list:
        by_type[type(page)].append(page)
    for same_type in by_type.values():
        prefetch_related_objects(same_type, "reviewed_by")
    return with_review_reasons(object_list)


class OverdueReviewView(PageReportView):
    page_title = "Overdue clinical reviews"
    header_icon = "warning"
    index_url_name = "overdue_reviews"
    index_results_url_name = "overdue_reviews_results"
    results_template_name = "cms/reports/overdue_reviews_results.html"
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "title",
        "review_reasons_display",
        "next_review_due",
        "last_reviewed",
        "reviewed_by",
        "status_string",
    ]
    export_headings = {
        "review_reasons_display": "Why",
        "next_review_due": "Next review due",
        "reviewed_by": "Reviewed by",
    }

    def get_queryset(self):
        return overdue_review_pages()

    def decorate_paginated_queryset(self, object_list):
        return with_review_details(object_list)
