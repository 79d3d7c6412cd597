"""Builds a realistic benchmark site of N articles in seconds, not the half hour of publishing.

Publishing page by page costs about 155 ms a page (revision, signals, tree locking, indexing),
26 minutes for 10,000 articles. Here the demo content is loaded the ordinary way (home, blog,
the 23 categories, experts, two courses) and the bulk is written directly: treebeard paths,
depth, numchild and url_path computed by hand, page and page-type rows inserted in batches,
relations with bulk_create, then the search index filled in chunks through the configured
backend. The result is a valid tree (`Page.find_problems()` finds nothing), live pages with
publication timestamps, and index entries exactly like the ones publishing writes. Bulk pages
have no revisions: nothing the API serves reads them, and editing one in the admin works from
the page row.
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.search.backends import get_search_backend

from benchmarks import vocabulary as words
from benchmarks.page_rows import block as _block
from benchmarks.page_rows import insert_pages
from benchmarks.progress import Progress
from blog.models import (
    ArticleAuthor,
    ArticlePage,
    ArticleTag,
    BlogIndexPage,
    CategoryPage,
    Comment,
    RelatedArticle,
)
from cms.models import Expert
from demo.loader import DemoLoader
from lessons.models import CourseIndexPage, CourseInstructor, CoursePage, CreditType, LessonPage

BATCH = 500
EXTRA_EXPERTS = 40
LESSONS_PER_COURSE = 8
BUSY_ARTICLE_COMMENTS = 40  # top-level comments on the article the comments case reads
COMMENT_REPLIES = 20
VIDEO_URL = "https://vimeo.com/76979871"


class BenchSiteBuilder:
    """Demo content, then N articles in total with their relations, courses and comments."""

    def __init__(self, articles: int, *, show_progress: bool = True, seed: int = 2026):
        self.target = articles
        self.text = words.TextMaker(seed)
        self.show_progress = show_progress
        self.counts: dict[str, int] = {}

    def progress(self, label: str, total: int) -> Progress:
        return Progress(label, total, enabled=self.show_progress)

    def build(self) -> dict[str, int]:
        with transaction.atomic():
            DemoLoader(log=lambda *args, **kwargs: None).run()
            self.experts = list(Expert.objects.all()) + self.make_experts()
            self.categories = list(CategoryPage.objects.order_by("path"))
            self.tags = self.make_tags()
            blog = BlogIndexPage.objects.get()
            articles = self.make_articles(blog)
            self.relate_articles(articles)
            self.make_comments(articles)
            courses, lessons = self.make_courses(CourseIndexPage.objects.get())
            self.index([(Expert, self.new_experts), (ArticlePage, articles)])
            self.index([(CoursePage, courses), (LessonPage, lessons)])
        self.counts.update(
            articles=ArticlePage.objects.count(),
            courses=CoursePage.objects.count(),
            lessons=LessonPage.objects.count(),
            experts=Expert.objects.count(),
            categories=len(self.categories),
            comments=Comment.objects.count(),
        )
        return self.counts

    def make_experts(self) -> list[Expert]:
        experts = []
        for number in range(EXTRA_EXPERTS):
            name = f"{self.text.choice(words.FIRST_NAMES)} {self.text.choice(words.LAST_NAMES)}"
            experts.append(
                Expert(
                    name=name,
                    credentials=self.text.choice(words.CREDENTIALS),
                    title=f"{self.text.choice(words.PROFESSIONS)} lecturer",
                    slug=f"{slugify(name)}-{number}",
                    bio=self.text.paragraph(3),
                )
            )
        self.new_experts = Expert.objects.bulk_create(experts)
        return self.new_experts

    def make_tags(self) -> list[Tag]:
        existing = {tag.name.lower(): tag for tag in Tag.objects.all()}
        missing = [
            Tag(name=name, slug=slugify(name))
            for name in words.TAG_WORDS
            if name.lower() not in existing
        ]
        Tag.objects.bulk_create(missing)
        return list(Tag.objects.filter(name__in=words.TAG_WORDS))

    def article_body(self, number: int) -> list[dict]:
        rare = words.RARE_TERM if number % max(1, self.target // words.RARE_COUNT) == 0 else ""
        common = words.COMMON_WORD if number % 20 != 7 else ""
        body = [
            _block("paragraph", f"<p>{self.text.paragraph(5, common)}</p>"),
            _block("heading", self.text.choice(words.TITLE_SUBJECTS).capitalize()),
            _block("paragraph", f"<p>{self.text.paragraph(6, rare)}</p>"),
            _block("pull_quote", {"text": self.text.sentence(), "attribution": ""}),
            _block("paragraph", f"<p>{self.text.paragraph(6)}</p>"),
            _block("key_takeaways", [self.text.sentence() for _ in range(3)]),
        ]
        return body

    def make_articles(self, blog: BlogIndexPage) -> list[ArticlePage]:
        count = max(0, self.target - ArticlePage.objects.count())
        today = timezone.localdate()
        pages = []
        rare_left = words.RARE_COUNT
        for number in range(count):
            body = self.article_body(number)
            if words.RARE_TERM in str(body):
                rare_left -= 1
                if rare_left < 0:  # exactly RARE_COUNT, whatever the size
                    body = self.article_body(number + 1)
            title = self.text.title(number)
            published = today - timedelta(days=(number * 7) % 3650 + 1)
            pages.append(
                ArticlePage(
                    title=title,
                    slug=slugify(title),
                    intro=self.text.sentence(),
                    body=body,
                    publication_date=published,
                    reading_time=2,
                    first_published_at=timezone.make_aware(
                        datetime.combine(published, time(9, number % 60))
                    ),
                )
            )
        insert_pages(blog, pages, self.progress("articles", len(pages)))
        return pages

    def relate_articles(self, articles: list[ArticlePage]) -> None:
        categories, authors, tags, related = [], [], [], []
        through = ArticlePage.categories.through
        for position, article in enumerate(articles):
            for category in self.text.sample(self.categories, 1 + position % 3):
                categories.append(through(articlepage_id=article.pk, categorypage_id=category.pk))
            for order, expert in enumerate(self.text.sample(self.experts, 1 + position % 2)):
                authors.append(ArticleAuthor(page_id=article.pk, expert=expert, sort_order=order))
            for tag in self.text.sample(self.tags, 2 + position % 3):
                tags.append(ArticleTag(content_object_id=article.pk, tag=tag))
            if position >= 10 and position % 2 == 0:
                for order in range(2):
                    other = articles[position - 1 - order * 5]
                    related.append(
                        RelatedArticle(page_id=article.pk, article=other, sort_order=order)
                    )
        for model, rows in ((through, categories), (ArticleAuthor, authors), (ArticleTag, tags)):
            model.objects.bulk_create(rows, batch_size=BATCH)
        RelatedArticle.objects.bulk_create(related, batch_size=BATCH)

    def make_comments(self, articles: list[ArticlePage]) -> None:
        if not articles:
            return
        now = timezone.now()
        comments = []
        for position, article in enumerate(articles):
            top_level = BUSY_ARTICLE_COMMENTS if position == 0 else position % 5
            for number in range(top_level):
                comments.append(self.comment(article.pk, now - timedelta(minutes=number + 60)))
        created = Comment.objects.bulk_create(comments, batch_size=BATCH)
        busy = [comment for comment in created if comment.article_id == articles[0].pk]
        replies = [
            self.comment(articles[0].pk, now - timedelta(minutes=number), parent=busy[number])
            for number in range(COMMENT_REPLIES)
        ]
        Comment.objects.bulk_create(replies, batch_size=BATCH)

    def comment(self, article_id: int, created, parent=None) -> Comment:
        first = self.text.choice(words.FIRST_NAMES)
        return Comment(
            article_id=article_id,
            parent=parent,
            name=f"{first} {self.text.choice(words.LAST_NAMES)}",
            email=f"{first.lower()}@example.org",
            affiliation=self.text.choice(words.PROFESSIONS),
            country=self.text.choice(words.COUNTRIES),
            body=self.text.choice(words.COMMENT_LINES),
            status=Comment.Status.APPROVED,
            created=created,
        )

    def make_courses(self, index: CourseIndexPage):
        count = max(2, self.target // 500)
        courses = []
        for number in range(count):
            title = f"{self.text.choice(words.TITLE_SUBJECTS).capitalize()}: a course ({number})"
            courses.append(
                CoursePage(
                    title=title,
                    slug=slugify(title),
                    summary=self.text.sentence(),
                    overview=f"<p>{self.text.paragraph(4)}</p>",
                    learning_objectives=[
                        _block("objective", self.text.sentence()) for _ in range(3)
                    ],
                    level=CoursePage.Level.INTERMEDIATE,
                    credit_hours=Decimal("4.0"),
                    accreditation_statement="Approved for continuing education credit.",
                )
            )
        insert_pages(index, courses)
        credit_types = list(CreditType.objects.all())
        category_through = CoursePage.categories.through
        credit_through = CoursePage.credit_types.through
        instructors, categories, credits, lessons = [], [], [], []
        for course in courses:
            experts = self.text.sample(self.experts, 2)
            for order, expert in enumerate(experts):
                instructors.append(CourseInstructor(page=course, expert=expert, sort_order=order))
            for category in self.text.sample(self.categories, 2):
                categories.append(
                    category_through(coursepage_id=course.pk, categorypage_id=category.pk)
                )
            for credit in credit_types[:3]:
                credits.append(credit_through(coursepage_id=course.pk, credittype_id=credit.pk))
            course_lessons = [
                self.lesson(course, number, experts) for number in range(LESSONS_PER_COURSE)
            ]
            insert_pages(course, course_lessons)
            lessons.extend(course_lessons)
        CourseInstructor.objects.bulk_create(instructors)
        category_through.objects.bulk_create(categories)
        credit_through.objects.bulk_create(credits)
        return courses, lessons

    def lesson(self, course: CoursePage, number: int, experts: list[Expert]) -> LessonPage:
        title = f"Lesson {number + 1}: {self.text.choice(words.TITLE_SUBJECTS)}"
        transcript = [_block("section_heading", "Opening")]
        for turn in range(4):
            transcript.append(
                _block(
                    "speaker_turn",
                    {
                        "expert": experts[turn % 2].pk,
                        "speaker_name": "",
                        "start_time": f"{turn * 3:02d}:00",
                        "paragraphs": [self.text.paragraph(4) for _ in range(2)],
                    },
                )
            )
        return LessonPage(
            title=title,
            slug=slugify(title),
            summary=self.text.sentence(),
            video_url=VIDEO_URL,
            duration=timedelta(minutes=12),
            transcript=transcript,
            key_takeaways=[_block("takeaway", self.text.sentence()) for _ in range(3)],
        )

    def index(self, groups) -> None:
        """Fill the search index the way publishing does, a chunk of objects at a time."""
        backend = get_search_backend()
        for model, objects in groups:
            ids = [obj.pk for obj in objects]
            progress = self.progress(f"index {model._meta.model_name}", len(ids))
            search_index = backend.get_index_for_model(model)
            queryset = model.get_indexed_objects().order_by("pk")
            for offset in range(0, len(ids), BATCH):
                chunk = list(queryset.filter(pk__in=ids[offset : offset + BATCH]))
                search_index.add_items(model, chunk)
                progress.advance(len(chunk))
