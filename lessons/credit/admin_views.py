"""The credit room's pages in the Wagtail admin: course reports, the learner look-up with each
learner's transcript, the completions export for accreditors, and revoking or reissuing a
certificate.

Reading any of it takes `credit.view_certificate` (the reports show learners' particulars);
revoking and reissuing take `credit.change_certificate`. Superusers have both.
"""

import csv
import datetime
from decimal import Decimal

from django import forms
from django.contrib.auth import get_user_model
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.csv_safety import spreadsheet_safe
from lessons.credit import reports
from lessons.credit.errors import CreditError
from lessons.credit.models import Certificate, CertificateStatus
from lessons.credit.services.corrections import reissue_certificate, revoke_certificate
from lessons.models import CoursePage, Profession

VIEW_PERMISSION = "credit.view_certificate"
CHANGE_PERMISSION = "credit.change_certificate"


def reports_url(name: str, *args) -> str:
    return reverse(f"credit_reports:{name}", args=args)


def certificate_url(name: str, certificate: Certificate) -> str:
    return reverse(f"wagtailsnippets_credit_certificate:{name}", args=(certificate.pk,))


class CreditAdminView(WagtailAdminTemplateMixin, TemplateView):
    permission = VIEW_PERMISSION
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class CourseReportIndexView(CreditAdminView):
    page_title = "Course reports"
    template_name = "credit/admin/course_reports.html"

    def get_context_data(self, **kwargs):
        courses = list(reports.courses_with_figures())
        rows = [(course, reports.pass_rate(course)) for course in courses]
        return super().get_context_data(rows=rows, csv_url=reports_url("completions_csv"), **kwargs)


class CourseReportView(CreditAdminView):
    template_name = "credit/admin/course_report.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        course = reports.courses_with_figures().filter(pk=kwargs["pk"]).first()
        if course is None:
            raise Http404("No such course.")
        self.course = course

    def get_page_title(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        index = {"url": reports_url("index"), "label": "Course reports"}
        return [*self.breadcrumbs_items, index, {"url": "", "label": self.course.title}]

    def get_context_data(self, **kwargs):
        attempts, questions = reports.item_analysis(self.course)
        responses, items = reports.evaluation_summary(self.course)
        return super().get_context_data(
            course=self.course,
            pass_rate=reports.pass_rate(self.course),
            attempts=attempts,
            questions=questions,
            responses=responses,
            items=items,
            csv_url=f"{reports_url('completions_csv')}?course={self.course.pk}",
            **kwargs,
        )


class LearnerLookupView(CreditAdminView):
    page_title = "Learner look-up"
    header_icon = "user"
    template_name = "credit/admin/learner_lookup.html"

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "")[:200]
        return super().get_context_data(
            query=query, learners=list(reports.find_learners(query)), **kwargs
        )


class LearnerTranscriptView(CreditAdminView):
    header_icon = "user"
    template_name = "credit/admin/learner_transcript.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        learners = get_user_model().objects.select_related("learner_profile")
        self.learner = get_object_or_404(learners, pk=kwargs["pk"], learner_profile__isnull=False)

    def get_page_title(self):
        return self.learner.learner_profile.legal_name or self.learner.get_username()

    def get_breadcrumbs_items(self):
        lookup = {"url": reports_url("learners"), "label": "Learner look-up"}
        return [*self.breadcrumbs_items, lookup, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            learner=self.learner,
            profile=self.learner.learner_profile,
            groups=reports.transcript(self.learner),
            **kwargs,
        )


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text (cms.csv_safety)."""
    return spreadsheet_safe("" if value is None else str(value))


class Echo:
    def write(self, value):
        return value


def _date(request, name: str) -> datetime.date | None:
    value = request.GET.get(name, "").strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CreditError(
            "invalid_date", f"{name} must be a date (YYYY-MM-DD).", field=name
        ) from None


def completions_csv(request):
    """Completions for an accreditor: ?course=<id>, ?credit_type=<code>, ?since=, ?until=."""
    if not request.user.has_perm(VIEW_PERMISSION):
        return permission_denied(request)
    try:
        course = None
        if course_id := request.GET.get("course", "").strip():
            if not course_id.isdigit():
                raise CreditError("invalid_course", "course must be a course id.", field="course")
            course = CoursePage.objects.filter(pk=int(course_id)).first()
            if course is None:
                raise CreditError("unknown_course", "There is no such course.", status=404)
        since, until = _date(request, "since"), _date(request, "until")
    except CreditError as error:
        return JsonResponse(error.as_json(), status=error.status)
    rows = reports.completion_rows(
        course=course,
        credit_type=request.GET.get("credit_type", "").strip()[:20],
        since=since,
        until=until,
    )
    writer = csv.writer(Echo())
    header = [label for _, label in reports.COMPLETION_COLUMNS]
    lines = (writer.writerow([csv_cell(value) for value in row]) for row in rows)
    response = StreamingHttpResponse(
        (line for part in ([writer.writerow(header)], lines) for line in part),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="ce-completions.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


class RevokeForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text="Kept with the certificate and shown to staff; verifiers see only 'revoked'.",
    )


class ReissueForm(forms.Form):
    learner_name = forms.CharField(max_length=200, label="Legal name")
    learner_email = forms.EmailField(required=False, label="Email")
    profession = forms.ChoiceField(choices=Profession.choices)
    licence_number = forms.CharField(max_length=60, required=False)
    licence_jurisdiction = forms.CharField(max_length=100, required=False)
    hours = forms.DecimalField(max_digits=4, decimal_places=2, min_value=Decimal("0.01"))


class CertificateActionView(WagtailAdminTemplateMixin, FormView):
    """A form about one valid certificate; a refusal from the service shows on the form."""

    template_name = "credit/admin/certificate_action.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE_PERMISSION):
            return permission_denied(request)
        self.certificate = get_object_or_404(Certificate, pk=kwargs["pk"])
        if self.certificate.status != CertificateStatus.VALID:
            messages.error(request, f"This certificate is {self.certificate.status}: no change.")
            return redirect(certificate_url("inspect", self.certificate))
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.certificate.code}, {self.certificate.learner_name}"

    def get_breadcrumbs_items(self):
        certificates = {
            "url": reverse("wagtailsnippets_credit_certificate:list"),
            "label": "Certificates",
        }
        inspect = {
            "url": certificate_url("inspect", self.certificate),
            "label": self.certificate.code,
        }
        return [
            *self.breadcrumbs_items,
            certificates,
            inspect,
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certificate=self.certificate, submit_button_label=self.page_title, **kwargs
        )

    def form_valid(self, form):
        try:
            result = self.act(form.cleaned_data)
        except CreditError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
            return self.form_invalid(form)
        return redirect(certificate_url("inspect", result))

    def act(self, data) -> Certificate:
        raise NotImplementedError


class RevokeCertificateView(CertificateActionView):
    page_title = "Revoke certificate"
    form_class = RevokeForm
    intro = "Revoking withdraws the credit: anyone verifying this code is told it is revoked."

    def act(self, data) -> Certificate:
        certificate = revoke_certificate(
            self.certificate, reason=data["reason"], by=self.request.user
        )
        messages.success(self.request, f"Certificate {certificate.code} revoked.")
        return certificate


class ReissueCertificateView(CertificateActionView):
    page_title = "Reissue certificate"
    form_class = ReissueForm
    intro = (
        "Correct the learner's particulars or lower the hours. A new certificate with a new "
        "number is issued; this one stays on record, superseded by it."
    )

    def get_initial(self):
        return {name: getattr(self.certificate, name) for name in ReissueForm.base_fields}

    def act(self, data) -> Certificate:
        new = reissue_certificate(self.certificate, by=self.request.user, **data)
        messages.success(
            self.request, f"Certificate {new.code} issued; {self.certificate.code} superseded."
        )
        return new
