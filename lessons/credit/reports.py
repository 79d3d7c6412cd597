"""What the admin's credit reports read: course figures, item analysis, evaluation summaries,
learner look-up and transcripts, and the completions an accreditor is sent.

Each report runs a fixed handful of queries whatever the number of learners, attempts or
certificates: counts are computed in SQL, and the rows that are tallied (attempt answers,
evaluation answers) are read in one query each and added up here.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from lessons.credit.models import (
    Attempt,
    Certificate,
    CertificateStatus,
    CourseEvaluation,
    Enrolment,
    EnrolmentStatus,
    EvaluationResponse,
    PostTest,
)
from lessons.models import CoursePage

LOOKUP_LIMIT = 50


def _enrolments_counted(**conditions) -> Coalesce:
    """The number of the course's enrolments that meet the conditions, as a subquery."""
    counted = (
        Enrolment.objects.filter(course=OuterRef("pk"), **conditions)
        .order_by()
        .values("course")
        .annotate(n=Count("pk", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def courses_with_figures() -> QuerySet[CoursePage]:
    """Every course with its enrolments, completions and post-test figures: one query."""
    return CoursePage.objects.order_by("title").annotate(
        enrolment_count=_enrolments_counted(),
        awaiting_count=_enrolments_counted(
            status__in=[EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.AWAITING_PAYMENT]
        ),
        completion_count=_enrolments_counted(completed_at__isnull=False),
        attempted_count=_enrolments_counted(attempts__isnull=False),
        passed_count=_enrolments_counted(attempts__passed=True),
    )


def pass_rate(course: CoursePage) -> float | None:
    """Learners who passed over learners who attempted; None before anyone attempted."""
    attempted = course.attempted_count  # type: ignore[attr-defined]
    return course.passed_count / attempted if attempted else None  # type: ignore[attr-defined]


@dataclass
class ChoiceFigures:
    text: str
    correct: bool
    chosen: int
    share: float


@dataclass
class QuestionFigures:
    question: object
    choices: list[ChoiceFigures]
    correct: int
    share_correct: float


def item_analysis(course: CoursePage) -> tuple[int, list[QuestionFigures]]:
    """The number of attempts, and for each question the share of attempts that chose each of
    its choices and the share that answered it right. Two queries (questions, attempts).

    Shares are of every attempt at the test, so a choice nobody picks reads 0 % and a
    question skipped in an attempt counts as not answered right.
    """
    post_test = PostTest.objects.filter(course=course).prefetch_related("questions").first()
    if post_test is None:
        return 0, []
    answers = Attempt.objects.filter(enrolment__course=course).values_list(
        "answers", "correct_questions"
    )
    attempts = 0
    chosen: dict[str, Counter] = defaultdict(Counter)
    right: Counter = Counter()
    for answer_map, correct_questions in answers.iterator():
        attempts += 1
        for question_id, choice_ids in (answer_map or {}).items():
            if isinstance(choice_ids, list):
                chosen[str(question_id)].update(str(choice) for choice in set(choice_ids))
        right.update(str(question_id) for question_id in correct_questions or [])

    def share(count: int) -> float:
        return count / attempts if attempts else 0.0

    figures = []
    for question in post_test.questions.all():
        counts = chosen[str(question.pk)]
        choices = [
            ChoiceFigures(
                text=choice.value["text"],
                correct=bool(choice.value["correct"]),
                chosen=counts[choice.id],
                share=share(counts[choice.id]),
            )
            for choice in question.choices
        ]
        correct = right[str(question.pk)]
        figures.append(QuestionFigures(question, choices, correct, share(correct)))
    return attempts, figures


@dataclass
class ItemSummary:
    item: object
    count: int = 0
    mean: float | None = None
    texts: list[str] = field(default_factory=list)


def evaluation_summary(course: CoursePage) -> tuple[int, list[ItemSummary]]:
    """Responses, and per item the mean rating and number of ratings, or the free-text answers.
    Two queries (items, responses)."""
    evaluation = CourseEvaluation.objects.filter(course=course).prefetch_related("items").first()
    if evaluation is None:
        return 0, []
    summaries = {str(item.pk): ItemSummary(item) for item in evaluation.items.all()}
    totals: Counter = Counter()
    responses = EvaluationResponse.objects.filter(enrolment__course=course).order_by(
        "submitted_at", "pk"
    )
    count = 0
    for answers in responses.values_list("answers", flat=True).iterator():
        count += 1
        for item_id, answer in (answers or {}).items():
            summary = summaries.get(str(item_id))
            if summary is None:
                continue
            if isinstance(answer, int) and not isinstance(answer, bool):
                summary.count += 1
                totals[str(item_id)] += answer
            elif isinstance(answer, str) and answer.strip():
                summary.count += 1
                summary.texts.append(answer.strip())
    for item_id, summary in summaries.items():
        if summary.item.kind == "rating" and summary.count:  # type: ignore[attr-defined]
            summary.mean = totals[item_id] / summary.count
    return count, list(summaries.values())


def find_learners(query: str):
    """Learners (never staff) by username, email, legal name or licence number: one query.
    Without a query, the most recent learners."""
    learners = (
        get_user_model()
        .objects.filter(learner_profile__isnull=False, is_staff=False)
        .select_related("learner_profile")
        .annotate(certificate_count=Count("certificates", distinct=True))
        .order_by("-date_joined", "-pk")
    )
    query = query.strip()
    if query:
        learners = learners.filter(
            Q(username__icontains=query)
            | Q(email__icontains=query)
            | Q(learner_profile__legal_name__icontains=query)
            | Q(learner_profile__licence_number__icontains=query)
        )
    return learners[:LOOKUP_LIMIT]


@dataclass
class TranscriptGroup:
    credit_type_code: str
    credit_type_name: str
    year: int
    certificates: list[Certificate] = field(default_factory=list)
    hours: Decimal = Decimal("0")


def transcript(learner) -> list[TranscriptGroup]:
    """A learner's certificates by credit type and year, with the hours still valid in each:
    one query. Revoked and superseded ones are listed (they are part of the record) but not
    counted."""
    groups: dict[tuple[str, int], TranscriptGroup] = {}
    certificates = Certificate.objects.filter(learner=learner).order_by(
        "credit_type_code", "-completed_on", "-pk"
    )
    for certificate in certificates:
        key = (certificate.credit_type_code, certificate.completed_on.year)
        if key not in groups:
            groups[key] = TranscriptGroup(
                certificate.credit_type_code, certificate.credit_type_name, key[1]
            )
        group = groups[key]
        group.certificates.append(certificate)
        if certificate.status == CertificateStatus.VALID:
            group.hours += certificate.hours
    return sorted(groups.values(), key=lambda group: (group.credit_type_code, -group.year))


COMPLETION_COLUMNS = (
    ("learner_name", "Learner name"),
    ("learner_email", "Email"),
    ("licence_number", "Licence number"),
    ("licence_jurisdiction", "Licensing jurisdiction"),
    ("profession", "Profession"),
    ("course_title", "Course"),
    ("enrolled_on", "Enrolled"),
    ("completed_on", "Completed"),
    ("credit_type_code", "Credit type"),
    ("hours", "Hours"),
    ("code", "Certificate number"),
    ("status", "Status"),
)


def completion_rows(*, course=None, credit_type: str = "", since=None, until=None):
    """Every certificate issued (valid, revoked or superseded: the accreditor sees all),
    oldest completion first, as tuples in COMPLETION_COLUMNS order. One query, streamed."""
    certificates = Certificate.objects.order_by("completed_on", "pk")
    if course is not None:
        certificates = certificates.filter(course=course)
    if credit_type:
        certificates = certificates.filter(credit_type_code=credit_type)
    if since is not None:
        certificates = certificates.filter(completed_on__gte=since)
    if until is not None:
        certificates = certificates.filter(completed_on__lte=until)
    names = [name for name, _ in COMPLETION_COLUMNS]
    return certificates.values_list(*names).iterator()
