"""A lesson: one video of a course, with its transcript and materials."""

from datetime import timedelta

from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.api_fields import DocumentField, ExpertListField
from cms.api_fields import StreamField as StreamAPIField
from cms.blocks import is_video_file, validate_video_url, video_embed_url
from cms.models import ReviewedPage
from lessons.blocks import ObjectiveBlock, TranscriptBlock


class LessonMaterial(Orderable):
    page = ParentalKey("lessons.LessonPage", on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(
        max_length=255, blank=True, help_text="Defaults to the document's own title."
    )

    panels = [FieldPanel("document"), FieldPanel("title")]
    api_fields = [APIField("display_title"), APIField("document", serializer=DocumentField())]

    @property
    def display_title(self) -> str:
        return self.title or self.document.title


# django-stubs cannot type the manager of LessonMaterial (Wagtail's Orderable has no types).
class LessonPage(ReviewedPage):  # type: ignore[django-manager-missing]
    summary = models.TextField(blank=True)
    video_url = models.URLField(
        validators=[validate_video_url], help_text="YouTube, Vimeo or a direct video file."
    )
    duration = models.DurationField(
        default=timedelta(0), help_text="Length of the video, as HH:MM:SS."
    )
    transcript = StreamField(TranscriptBlock(), blank=True)
    key_takeaways = StreamField([("takeaway", ObjectiveBlock())], blank=True)

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("video_url"), FieldPanel("duration")], heading="Video"),
        FieldPanel("transcript"),
        FieldPanel("key_takeaways"),
        InlinePanel("materials", label="Downloadable material", heading="Materials"),
    ]

    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("transcript"),
        index.SearchField("course_title"),
        index.SearchField("speaker_names"),
    ]

    api_fields = [
        *ReviewedPage.api_fields,
        APIField("summary"),
        APIField("video_url"),
        APIField("embed_url"),
        APIField("duration"),
        APIField("transcript", serializer=StreamAPIField()),
        APIField("key_takeaways", serializer=StreamAPIField()),
        APIField("speakers", serializer=ExpertListField()),
        APIField("materials"),
    ]
    api_prefetch = ("materials__document", "reviewed_by")

    # What a clinical review vouches for (cms.clinical_review): the video and what is said in it.
    reviewed_content_fields = ("title", "summary", "video_url", "transcript", "key_takeaways")

    parent_page_types = ["lessons.CoursePage"]
    subpage_types: list[str] = []
    template = "lessons/lesson_page.html"

    class Meta:
        verbose_name = "lesson"

    @property
    def embed_url(self) -> str | None:
        return video_embed_url(self.video_url)

    @property
    def course_title(self) -> str:
        parent = self.get_parent() if self.pk else None
        return parent.title if parent else ""

    @property
    def speaker_names(self) -> str:
        """Indexed so that a speaker's name finds the lessons where they speak."""
        names = {
            block.value.speaker for block in self.transcript if block.block_type == "speaker_turn"
        }
        return " ".join(sorted(name for name in names if name))

    @property
    def video_is_file(self) -> bool:
        return is_video_file(self.video_url)

    @property
    def speakers(self) -> list:
        """The experts who speak in this lesson, in order of first appearance."""
        experts: dict[int, object] = {}
        for block in self.transcript:
            if block.block_type == "speaker_turn" and block.value.get("expert"):
                experts.setdefault(block.value["expert"].pk, block.value["expert"])
        return list(experts.values())

    def get_context(self, request, *args, **kwargs):
        from lessons.selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(self))
        context["speakers"] = self.speakers or [
            link.expert for link in context["course"].instructors.select_related("expert")
        ]
        return context
