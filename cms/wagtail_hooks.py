from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import Expert
from cms.reports import OverdueReviewView, overdue_review_pages, with_review_reasons
from cms.rich_text import VisiblePageLinkHandler


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = "Experts"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["display_name", "title", "slug"]
    search_fields = ["name", "title", "credentials"]


register_snippet(ExpertViewSet)


@hooks.register("register_reports_menu_item")
def register_overdue_review_menu_item():
    return MenuItem(
        "Overdue clinical reviews", reverse("overdue_reviews"), icon_name="warning", order=700
    )


@hooks.register("register_admin_urls")
def register_overdue_review_urls():
    return [
        path("reports/overdue-reviews/", OverdueReviewView.as_view(), name="overdue_reviews"),
        path(
            "reports/overdue-reviews/results/",
            OverdueReviewView.as_view(results_only=True),
            name="overdue_reviews_results",
        ),
    ]


class ClinicalReviewsPanel(Component):
    """Articles and lessons whose review no longer holds, the most overdue first, each a link to
    edit it, and the report for the rest. Hidden when there are none. A count, then the rows:
    one query, and one more per page type among them."""

    order = 140
    template_name = "cms/admin/clinical_reviews_panel.html"
    listed = 5

    def get_context_data(self, parent_context=None) -> dict:
        pages = overdue_review_pages()
        count = pages.count()
        rows = with_review_reasons(pages[: self.listed]) if count else []
        return {"count": count, "pages": rows, "report_url": reverse("overdue_reviews")}


@hooks.register("construct_homepage_panels")
def add_clinical_reviews_panel(request, panels):
    """For those who see the report: anyone who may add, change or publish pages."""
    if PagePermissionPolicy().user_has_any_permission(
        request.user, OverdueReviewView.any_permission_required
    ):
        panels.append(ClinicalReviewsPanel())


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own "page" type
def register_visible_page_links(features):
    features.register_link_type(VisiblePageLinkHandler)
