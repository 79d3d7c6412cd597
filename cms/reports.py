"""Admin report: health content whose clinical review date has passed."""

from django.db.models import DateField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

from cms.models import ClinicalReviewMixin


def reviewed_page_models() -> list[type]:
    return [model for model in get_page_models() if issubclass(model, ClinicalReviewMixin)]


def overdue_review_pages():
    """Pages of every reviewed type whose next review is due before today, most overdue first."""
    due_dates = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values("next_review_due")[:1])
        for model in reviewed_page_models()
    ]
    if not due_dates:
        return Page.objects.none()
    due = Coalesce(*due_dates, output_field=DateField()) if len(due_dates) > 1 else due_dates[0]
    return (
        Page.objects.annotate(review_due=due)
        .filter(review_due__lt=timezone.localdate())
        .order_by("review_due", "path")
        .specific()
    )


class OverdueReviewView(PageReportView):
    page_title = "Overdue clinical reviews"
    header_icon = "warning"
    index_url_name = "overdue_reviews"
    index_results_url_name = "overdue_reviews_results"
    results_template_name = "cms/reports/overdue_reviews_results.html"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "next_review_due", "last_reviewed", "reviewed_by", "status_string"]
    export_headings = {"next_review_due": "Next review due", "reviewed_by": "Reviewed by"}

    def get_queryset(self):
        return overdue_review_pages()
