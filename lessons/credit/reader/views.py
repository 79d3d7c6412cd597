"""The learner's reader pages: the out-of-the-box site over the same services the API uses.

Each view hands the posted form to a service and shows the service's refusal (a CreditError)
as a form error with its 4xx status, so a learner's mistake is never a 500 and every rule
lives in one place. Every page is the learner's own: `private, no-store`, and a visitor who
is not signed in is sent to sign in and brought back.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lessons.credit.errors import CreditError
from lessons.credit.pdf import certificate_pdf as render_pdf
from lessons.credit.reader.forms import (
    ClaimForm,
    EvaluationForm,
    PostTestForm,
    ProfileForm,
    ProgressForm,
    add_credit_error,
)
from lessons.credit.reader.presenters import attempt_rows, course_row, lesson_rows
from lessons.credit.reader.selectors import courses_carrying_credit
from lessons.credit.selectors import (
    course_progress,
    learner_account,
    learner_certificate,
    learner_certificates,
    learner_course,
    learner_courses,
)
from lessons.credit.serializers import attempt_result
from lessons.credit.services.accounts import update_profile
from lessons.credit.services.claims import claim_credit
from lessons.credit.services.courses import active_enrolment, course_lessons, published_course
from lessons.credit.services.enrolment import enrol, record_progress
from lessons.credit.services.evaluation import course_evaluation, submit_evaluation
from lessons.credit.services.post_test import post_test_state, shuffled, submit_attempt

TEMPLATES = "credit/reader/"


def learner_page(view):
    """Signed in, never stored by any cache, and a refused step shown as a page, not a 500."""

    @wraps(view)
    def page(request, *args, **kwargs):
        response: HttpResponse
        if not request.user.is_authenticated:
            response = redirect_to_login(request.get_full_path())
        else:
            try:
                response = view(request, *args, **kwargs)
            except CreditError as error:
                response = render(
                    request, TEMPLATES + "problem.html", {"error": error}, status=error.status
                )
        response["Cache-Control"] = "private, no-store"
        return response

    return page


def _posted(request):
    """The posted fields, or None for a GET (an empty POST is still a bound, failing form)."""
    return request.POST if request.method == "POST" else None


def _course(slug: str):
    try:
        return published_course(slug)
    except CreditError as error:
        raise Http404(error.message) from None


@learner_page
@require_GET
def my_courses(request):
    context = {
        "courses": [course_row(progress) for progress in learner_courses(request.user)],
        "certificates": learner_certificates(request.user),
        "open_courses": courses_carrying_credit(request.user),
        "account": learner_account(request.user),
    }
    return render(request, TEMPLATES + "my_courses.html", context)


@learner_page
@require_http_methods(["GET", "POST"])
def profile(request):
    account = learner_account(request.user)
    initial = {
        name: getattr(account.profile, name)
        for name in ("legal_name", "profession", "licence_number", "licence_jurisdiction")
    }
    form = ProfileForm(_posted(request), initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                update_profile(request.user, form.profile_data())
            except CreditError as error:
                add_credit_error(form, error)
            else:
                messages.success(request, "Your profile is saved.")
                return redirect("learn:profile")
        status = 400
    return render(
        request, TEMPLATES + "profile.html", {"form": form, "account": account}, status=status
    )


def _course_page(request, course, *, failed=None, status=200):
    """The course as this learner stands in it; `failed` is (lesson id, form) to show again."""
    progress = learner_course(request.user, course)
    lessons = lesson_rows(progress) if progress else []
    for row in lessons:
        if failed and failed[0] == row["id"]:
            row["form"] = failed[1]
        else:
            row["form"] = ProgressForm(
                initial={"position_seconds": row["position_seconds"]},
                auto_id=f"lesson-{row['id']}-%s",
            )
    context = {
        "course": course,
        "progress": progress,
        "row": course_row(progress) if progress else None,
        "lessons": lessons,
        "unenrolled_lessons": [] if progress else course_lessons(course),
        "failed_form": failed[1] if failed else None,
    }
    return render(request, TEMPLATES + "course.html", context, status=status)


@learner_page
@require_GET
def course(request, slug):
    return _course_page(request, _course(slug))


@learner_page
@require_POST
def enrol_in_course(request, slug):
    enrolment, _ = enrol(request.user, slug)
    if enrolment.is_active:
        messages.success(request, f"You are enrolled in {enrolment.course.title}.")
    else:
        messages.info(
            request,
            f"Your enrolment is {enrolment.get_status_display().lower()}: we will email you.",
        )
    return redirect("learn:course", slug=slug)


@learner_page
@require_POST
def lesson_progress(request, slug, lesson_id):
    course = _course(slug)
    form = ProgressForm(request.POST, auto_id=f"lesson-{lesson_id}-%s")
    if form.is_valid():
        try:
            record_progress(
                request.user,
                lesson_id,
                position_seconds=form.cleaned_data["position_seconds"],
                completed=True,
            )
        except CreditError as error:
            add_credit_error(form, error)
            return _course_page(request, course, failed=(lesson_id, form), status=error.status)
        messages.success(request, "The lesson is marked as watched.")
        return redirect("learn:course", slug=slug)
    return _course_page(request, course, failed=(lesson_id, form), status=400)


@learner_page
@require_http_methods(["GET", "POST"])
def post_test(request, slug):
    enrolment = active_enrolment(request.user, slug)
    state = post_test_state(enrolment)
    context = {"course": enrolment.course, "state": state}
    status = 200
    if request.method == "POST":
        form = PostTestForm(state.questions, request.POST)
        status = 400
        if form.is_valid():
            try:
                attempt, state = submit_attempt(request.user, slug, form.answers())
            except CreditError as error:
                add_credit_error(form, error)
                status = error.status
            else:
                return _attempt_page(request, context, attempt, state)
    elif state.passed or state.attempts_left == 0:
        return _attempt_page(request, context, state.attempts[-1], state)
    else:
        form = PostTestForm(shuffled(state))
    context["form"] = form
    return render(request, TEMPLATES + "post_test.html", context, status=status)


def _attempt_page(request, context, attempt, state):
    result = attempt_result(attempt, state)
    rows = attempt_rows(result, state.questions)
    context = {**context, "state": state, "result": result, "rows": rows}
    return render(request, TEMPLATES + "attempt.html", context)


@learner_page
@require_http_methods(["GET", "POST"])
def evaluation(request, slug):
    enrolment = active_enrolment(request.user, slug)
    evaluation, items = course_evaluation(enrolment)
    progress = course_progress(enrolment)
    form = EvaluationForm(items, _posted(request))
    status = 200
    if request.method == "POST" and not progress.evaluated:
        status = 400
        if form.is_valid():
            try:
                submit_evaluation(request.user, slug, form.answers())
            except CreditError as error:
                add_credit_error(form, error)
                status = error.status
            else:
                messages.success(request, "Thank you: your evaluation is recorded.")
                return redirect("learn:claim", slug=slug)
    context = {
        "course": enrolment.course,
        "evaluation": evaluation,
        "progress": progress,
        "form": form,
    }
    return render(request, TEMPLATES + "evaluation.html", context, status=status)


@learner_page
@require_http_methods(["GET", "POST"])
def claim(request, slug):
    enrolment = active_enrolment(request.user, slug)
    progress = course_progress(enrolment)
    form = ClaimForm(enrolment.course, _posted(request))
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                certificate = claim_credit(
                    request.user,
                    slug,
                    credit_type_code=form.cleaned_data["credit_type"],
                    hours=str(form.cleaned_data["hours"]),
                    attestation=form.cleaned_data["attestation"],
                )
            except CreditError as error:
                add_credit_error(form, error)
                status = error.status
            else:
                messages.success(request, "Your certificate is issued.")
                return redirect("learn:certificate", code=certificate.code)
    context = {
        "course": enrolment.course,
        "progress": progress,
        "row": course_row(progress),
        "account": learner_account(request.user),
        "form": form,
    }
    return render(request, TEMPLATES + "claim.html", context, status=status)


def _own_certificate(request, code):
    certificate = learner_certificate(request.user, code)
    if certificate is None:
        raise Http404("You hold no certificate with this number.")
    return certificate


@learner_page
@require_GET
def certificate(request, code):
    context = {"certificate": _own_certificate(request, code)}
    return render(request, TEMPLATES + "certificate.html", context)


@learner_page
@require_GET
def certificate_pdf(request, code):
    certificate = _own_certificate(request, code)
    response = HttpResponse(render_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response
