"""Clinical review: health content is approved by a clinician before readers see it.

Built on Wagtail's workflows rather than a parallel mechanism, so the admin shows the state
("In Clinical review") in the page header and listings, sends its own notifications, keeps the
history, and lets reviewers approve or request changes from the dashboard.

One workflow, "Clinical review", with one group approval task that the "Clinical reviewers"
group approves. It is assigned to the blog and courses sections, so it covers every article,
course and lesson under them. Approving the last task publishes: reviewers hold no publish
permission (the approval is their authority to publish), only access to the admin and edit
permission on the sections they review.

When the workflow finishes, `publish_after_review` (Wagtail's WAGTAIL_FINISH_WORKFLOW_ACTION)
stamps the clinical review fields of an article or lesson before publishing, so "last reviewed"
and "reviewed by" are the approval's, not a date an editor typed, and records a fingerprint of
the approved content: an edit published without the workflow then shows as changed since
review (cms.clinical_review) instead of inheriting the stamp.

Imports of models stay inside the functions: Wagtail imports the finish action while the model
registry is still loading.
"""

import datetime

from django.conf import settings
from django.utils import timezone

CLINICAL_REVIEW_WORKFLOW = "Clinical review"
CLINICAL_REVIEW_TASK = "Clinical review"
CLINICAL_REVIEWERS_GROUP = "Clinical reviewers"
# Reviewers may open and correct any page of the sections they review (and see the overdue
# review report, which asks for one of add/change/publish), but not publish around the review.
REVIEWER_PAGE_PERMISSIONS = ("change",)


def clinical_reviewers_group():
    """The reviewers' group, able to log in to the admin."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=CLINICAL_REVIEWERS_GROUP)
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin is not None:
        group.permissions.add(access_admin)
    return group


def ensure_clinical_review(*sections) -> tuple[object, int]:
    """The Clinical review workflow, created when missing and assigned to each section (and so
    to every page below it) that has no workflow of its own yet.

    Returns the workflow and how many sections it was newly assigned to. Safe to repeat: an
    editor's later change of a section's workflow is left alone.
    """
    from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage

    group = clinical_reviewers_group()
    task = GroupApprovalTask.objects.filter(name=CLINICAL_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=CLINICAL_REVIEW_TASK)
    task.groups.add(group)
    workflow = Workflow.objects.filter(name=CLINICAL_REVIEW_WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=CLINICAL_REVIEW_WORKFLOW)
    workflow.workflow_tasks.get_or_create(task=task, defaults={"sort_order": 0})

    assigned = 0
    for section in sections:
        _, created = WorkflowPage.objects.get_or_create(
            page=section, defaults={"workflow": workflow}
        )
        assigned += int(created)
        for permission_type in REVIEWER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=section,
                permission=_page_permission(permission_type),
            )
    return workflow, assigned


def _page_permission(permission_type: str):
    from django.contrib.auth.models import Permission

    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
    )


def is_clinical_review(workflow) -> bool:
    """Told by who approves (the reviewers' group), not by the workflow's editable name."""
    from wagtail.models import GroupApprovalTask

    return GroupApprovalTask.objects.filter(
        workflow_tasks__workflow=workflow, groups__name=CLINICAL_REVIEWERS_GROUP
    ).exists()


def reviewer_expert(user):
    """The expert record of the approving clinician, matched by email (experts' emails are
    private to the editorial team, and so are users')."""
    from cms.models import Expert

    email = getattr(user, "email", "") if user is not None else ""
    if not email:
        return None
    return Expert.objects.filter(email__iexact=email).first()


def stamp_review(page, user, today: datetime.date | None = None) -> None:
    """Record an approval on an article or lesson: reviewed today, by the approving clinician,
    due again CLINICAL_REVIEW_INTERVAL_DAYS from today, and the approved content fingerprinted
    so that a later edit published around the workflow no longer carries the stamp.

    Every part is the approval's own: an earlier reviewer's name or a due date set before it
    would describe a review of some other text. An approver who is not one of the experts
    leaves the page reviewed by no named clinician rather than by the previous one.
    """
    today = today or timezone.localdate()
    page.last_reviewed = today
    page.reviewed_by = reviewer_expert(user)
    page.next_review_due = today + datetime.timedelta(days=settings.CLINICAL_REVIEW_INTERVAL_DAYS)
    page.record_approved_content()


def publish_after_review(workflow_state, user=None) -> None:
    """Wagtail's finish action (publish the latest revision), stamping the clinical review
    first when the finished workflow was the Clinical review of a reviewed page."""
    from cms.models import ClinicalReviewMixin

    revision = workflow_state.content_object.get_latest_revision()
    if not is_clinical_review(workflow_state.workflow):
        revision.publish(user=user)
        return
    page = revision.as_object()
    if isinstance(page, ClinicalReviewMixin):
        stamp_review(page, user)
        # The approval is logged already; the stamped copy is what goes live.
        # The mixin is only ever part of a Page, whose save_revision mypy cannot see from it.
        revision = page.save_revision(  # type: ignore[attr-defined]
            user=user, log_action=False, clean=False
        )
    # The task checked that this user may approve: reviewers hold no publish permission of
    # their own, so that they cannot publish around the review either.
    revision.publish(user=user, skip_permission_checks=True)
