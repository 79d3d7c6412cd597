"""Builds the demo site from the data modules in demo.data.

Idempotent: every object is looked up by its slug (or code) first and only created when
missing, so a second run leaves every count unchanged.
"""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.db import transaction

from wagtail.models import Page, Site

from blog.models import (
    ArticleAuthor,
    ArticlePage,
    BlogIndexPage,
    CategoryIndexPage,
    CategoryPage,
    RelatedArticle,
)
from cms.models import (
    ClinicalReviewMixin,
    Expert,
    HomePage,
    NavigationSettings,
    OrganisationSettings,
)
from cms.workflow import ensure_clinical_review
from demo import builders
from demo.credit_loader import load_credit_room
from demo.data.articles import ARTICLES
from demo.data.categories import CATEGORIES
from demo.data.courses import COURSES
from demo.data.experts import EXPERTS
from demo.data.site import SITE
from demo.images import DemoIllustrations
from demo.shapes import CategoryData, LinkData, ReviewData
from lessons.models import CourseIndexPage, CourseInstructor, CoursePage, CreditType, LessonPage

CREDIT_TYPES = [
    ("APA", "American Psychological Association", "Psychologists"),
    ("ASWB", "Association of Social Work Boards (ACE)", "Social workers"),
    ("NBCC", "National Board for Certified Counselors", "Counselors"),
    ("ANCC", "American Nurses Credentialing Center", "Nurses"),
    ("ACCME", "Accreditation Council for Continuing Medical Education", "Physicians"),
]


def record_demo_review(page: ClinicalReviewMixin) -> None:
    """A demo stamp stands for a review of the text as written here: record it as approved,
    so the site shows its stamps as current (or overdue) rather than changed since review.
    Pages the data leaves unreviewed stay not reviewed."""
    if page.last_reviewed is not None:
        page.record_approved_content()


class DemoLoader:
    def __init__(self, log: Callable[[str], object] = print):
        self.log = log
        self.created: dict[str, int] = {}
        self.illustrations = DemoIllustrations(self._count)

    def _count(self, kind: str, created: bool) -> None:
        if created:
            self.created[kind] = self.created.get(kind, 0) + 1

    def run(self) -> dict[str, int]:
        home = self.home_page()
        self.experts = self.load_experts()
        self.credit_types = self.load_credit_types()
        blog = self._child(
            home,
            BlogIndexPage,
            "blog",
            title="Blog",
            intro="Short reads on anxiety, trauma, compassion and the brain.",
        )
        topics = self._child(
            home,
            CategoryIndexPage,
            "topics",
            title="Topics",
            intro="Browse articles by clinical topic.",
        )
        courses = self._child(
            home,
            CourseIndexPage,
            "courses",
            title="Courses",
            intro="Video courses with CE/CME credit for clinicians.",
        )
        # Articles and lessons (and courses) go through the clinical review before publishing.
        _, assigned = ensure_clinical_review(blog, courses)
        if assigned:
            self.created["clinical review assignments"] = assigned
        self.categories: dict[str, CategoryPage] = {}
        self.load_categories(topics, CATEGORIES)
        self.load_courses(courses)
        load_credit_room(courses, self.credit_types, self._count)
        self.load_articles(blog)
        self.load_settings(home)
        return self.created

    def _child(
        self, parent: Page, model: type[builders.PageT], slug: str, **fields: Any
    ) -> builders.PageT:
        page, created = builders.ensure_child(parent, model, slug, **fields)
        self._count(str(model._meta.verbose_name_plural), created)
        return page

    def home_page(self) -> HomePage:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        with transaction.atomic():
            # Wagtail's installer leaves a placeholder "Welcome" page as the site root.
            placeholder = root.get_children().filter(slug="home").first()
            if placeholder is not None and not isinstance(placeholder.specific, HomePage):
                placeholder.delete()
            home = HomePage(
                title=SITE["name"],
                slug="home",
                intro=SITE.get(
                    "intro", "Continuing education for psychotherapists and clinicians."
                ),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            site = site or Site(hostname="localhost", port=80, is_default_site=True)
            site.root_page = home
            site.site_name = SITE["name"]
            site.save()
        self._count("home pages", True)
        return home

    def load_experts(self) -> dict[str, Expert]:
        experts = {}
        for data in EXPERTS:
            expert, created = Expert.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "credentials": data["credentials"],
                    "title": data["title"],
                    "bio": data["bio"],
                    "website": data.get("website", ""),
                    "email": data.get("email", ""),
                    "photo": self.illustrations.expert(data),
                },
            )
            self._count("experts", created)
            experts[expert.slug] = expert
        return experts

    def load_credit_types(self) -> dict[str, CreditType]:
        credit_types = {}
        for code, name, professions in CREDIT_TYPES:
            credit_type, created = CreditType.objects.get_or_create(
                code=code, defaults={"name": name, "professions": professions}
            )
            self._count("credit types", created)
            credit_types[code] = credit_type
        return credit_types

    def load_categories(self, parent: Page, nodes: list[CategoryData]) -> None:
        for node in nodes:
            category = self._child(
                parent,
                CategoryPage,
                node["slug"],
                title=node["name"],
                description=node.get("description", ""),
                synonyms="\n".join(node.get("synonyms", [])),
            )
            self.categories[node["slug"]] = category
            self.load_categories(category, node.get("children", []))

    def resolve_path(self, path: str) -> Page | None:
        if not path or not path.startswith("/"):
            return None
        site = Site.objects.get(is_default_site=True)
        return Page.objects.filter(url_path=site.root_page.url_path + path.strip("/") + "/").first()

    def _review_fields(self, data: ReviewData) -> dict[str, Any]:
        return {
            "reviewed_by": self.experts.get(data.get("reviewed_by") or ""),
            "last_reviewed": builders.parse_date(data.get("last_reviewed")),
            "next_review_due": builders.parse_date(data.get("next_review_due")),
            "before_save": record_demo_review,
        }

    def load_articles(self, blog: BlogIndexPage) -> None:
        created_now = {}
        for data in ARTICLES:
            body = ArticlePage.body.field.stream_block.to_python(
                builders.article_body(data["body"], self.resolve_path)
            )
            article, created = builders.ensure_child(
                blog,
                ArticlePage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                body=body,
                publication_date=builders.parse_date(data["date"]),
                search_description=data["intro"][:300],
                featured_image=self.illustrations.article(data),
                _categories=[self.categories[slug] for slug in data["categories"]],
                _tags=data.get("tags", []),
                _article_authors=[
                    ArticleAuthor(expert=self.experts[slug], sort_order=i)
                    for i, slug in enumerate(data["authors"])
                ],
                **self._review_fields(data),
            )
            self._count("articles", created)
            if created:
                created_now[data["slug"]] = (article, data.get("related", []))
        # Related picks point at other articles, so they are set once every article exists.
        by_slug = {page.slug: page for page in ArticlePage.objects.child_of(blog)}
        for article, related_slugs in created_now.values():
            if not related_slugs:
                continue
            article.related_links.set(
                [
                    RelatedArticle(article=by_slug[slug], sort_order=i)
                    for i, slug in enumerate(related_slugs)
                    if slug in by_slug and slug != article.slug
                ]
            )
            article.save_revision().publish()

    def load_courses(self, index: CourseIndexPage) -> None:
        for data in COURSES:
            course = self._child(
                index,
                CoursePage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                overview=data["overview"],
                level=data["level"],
                credit_hours=Decimal(data["credit_hours"]),
                accreditation_statement=data["accreditation_statement"],
                search_description=data["summary"][:300],
                cover_image=self.illustrations.course(data),
                learning_objectives=builders.simple_items("objective", data["objectives"]),
                _credit_types=[self.credit_types[code] for code in data["credit_types"]],
                _categories=[self.categories[slug] for slug in data.get("categories", [])],
                _instructors=[
                    CourseInstructor(expert=self.experts[slug], sort_order=i)
                    for i, slug in enumerate(data["instructors"])
                ],
            )
            for lesson in data["lessons"]:
                self._child(
                    course,
                    LessonPage,
                    lesson["slug"],
                    title=lesson["title"],
                    summary=lesson["summary"],
                    video_url=lesson["video_url"],
                    duration=builders.parse_duration(lesson["duration"]),
                    search_description=lesson["summary"][:300],
                    transcript=builders.transcript(lesson["transcript"], self.experts),
                    key_takeaways=builders.simple_items("takeaway", lesson.get("takeaways", [])),
                    **self._review_fields(lesson),
                )

    def load_settings(self, home: HomePage) -> None:
        site = Site.objects.get(root_page=home)
        organisation = OrganisationSettings.for_site(site)
        if not organisation.name:
            organisation.name = SITE["name"]
            organisation.tagline = SITE["tagline"]
            organisation.postal_address = SITE["address"]
            organisation.phone = SITE["phone"]
            organisation.fax = SITE["fax"]
            organisation.contact_email = SITE["email"]
            organisation.crisis_text = SITE.get("crisis_text", "")
            organisation.crisis_phone = SITE.get("crisis_phone", "")
            organisation.social_links = [
                {"type": "link", "value": link} for link in SITE.get("social", [])
            ]
            organisation.save()
        navigation = NavigationSettings.for_site(site)
        if not navigation.main_menu and not navigation.footer_menu:
            navigation.main_menu = self._menu(SITE["main_menu"])
            navigation.footer_menu = self._menu(SITE["footer_menu"])
            navigation.save()

    def _menu(self, items: list[LinkData]) -> list[builders.RawBlock]:
        return [
            {"type": "link", "value": builders.link_value(item, self.resolve_path)}
            for item in items
        ]
