"""The shapes of the demo data in demo.data, so mypy checks the data modules against what the
loader reads from them, and the loader gets real types instead of whatever mypy would infer
from a few thousand lines of mixed literals.

A key is NotRequired where the loader reads it with .get() and has a fallback: the data may
leave it out. Block values are Any because their shape depends on the block type named beside
them, which mypy cannot follow from a plain string tag as the data writes it; demo.builders
reads each type's value by its own rules.
"""

from typing import Any, NotRequired, TypedDict

# (block type, value), as the demo data writes StreamField content.
Block = tuple[str, Any]


class LinkData(TypedDict):
    """A menu item or call to action: a site path (`page` or `path`) or else an outside `url`."""

    label: str
    page: NotRequired[str]
    path: NotRequired[str]
    url: NotRequired[str]


class SocialLink(TypedDict):
    platform: str
    url: str


class SiteData(TypedDict):
    name: str
    tagline: str
    address: str
    phone: str
    fax: str
    email: str
    main_menu: list[LinkData]
    footer_menu: list[LinkData]
    intro: NotRequired[str]
    social: NotRequired[list[SocialLink]]
    crisis_text: NotRequired[str]
    crisis_phone: NotRequired[str]


class ExpertData(TypedDict):
    slug: str
    name: str
    credentials: str
    title: str
    bio: str
    website: NotRequired[str]
    email: NotRequired[str]


class CategoryData(TypedDict):
    name: str
    slug: str
    description: NotRequired[str]
    synonyms: NotRequired[list[str]]
    children: NotRequired[list["CategoryData"]]


class ReviewData(TypedDict, total=False):
    """The clinical review stamp articles and lessons share: reviewer's slug and ISO dates."""

    reviewed_by: str | None
    last_reviewed: str | None
    next_review_due: str | None


class ArticleData(ReviewData):
    slug: str
    title: str
    intro: str
    date: str
    authors: list[str]
    categories: list[str]
    body: list[Block]
    tags: NotRequired[list[str]]
    related: NotRequired[list[str]]


class LessonData(ReviewData):
    slug: str
    title: str
    summary: str
    video_url: str
    duration: str
    transcript: list[Block]
    takeaways: NotRequired[list[str]]


class CourseData(TypedDict):
    slug: str
    title: str
    summary: str
    overview: str
    level: str
    credit_hours: str
    accreditation_statement: str
    instructors: list[str]
    objectives: list[str]
    credit_types: list[str]
    lessons: list[LessonData]
    categories: NotRequired[list[str]]


# The credit room (demo.data.credit): each course's post-test and evaluation, as editors
# would write them in the admin; a choice is (text, whether it is a right answer).
Choice = tuple[str, bool]


class QuestionData(TypedDict):
    kind: str  # lessons.credit.models.QuestionKind: single, multiple, true_false
    prompt: str
    choices: list[Choice]
    explanation: str


class PostTestData(TypedDict):
    pass_mark: int
    attempt_limit: int
    instructions: str
    questions: list[QuestionData]


class EvaluationItemData(TypedDict):
    kind: str  # rating (1-5) or text
    prompt: str
    required: bool


class EvaluationData(TypedDict):
    intro: str
    items: list[EvaluationItemData]


class PriceData(TypedDict):
    price: str  # a decimal, as editors type it
    currency: str  # ISO 4217
