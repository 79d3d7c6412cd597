"""Experts: the credentialed clinicians who write articles, teach courses and speak in lessons."""

from django.db import models
from django.utils.text import slugify

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


# The feature apps' links to experts (ArticleAuthor, CourseInstructor) are Wagtail Orderables,
# which have no types: the stubs cannot name their related managers.
class Expert(index.Indexed, models.Model):  # type: ignore[django-manager-missing]
    name = models.CharField(max_length=255)
    credentials = models.CharField(
        max_length=100, blank=True, help_text="Degrees and licences, e.g. PsyD or PhD, LCSW."
    )
    title = models.CharField(
        "professional title", max_length=255, blank=True, help_text="e.g. Clinical psychologist."
    )
    slug = models.SlugField(max_length=255, unique=True, allow_unicode=True)
    bio = models.TextField(blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(blank=True)
    email = models.EmailField(
        blank=True, help_text="For the editorial team only: never published or served."
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("credentials"),
                FieldPanel("title"),
                FieldPanel("slug"),
            ],
            heading="Who",
        ),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("website"),
        FieldPanel("email"),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("title"),
        index.SearchField("bio"),
        index.FilterField("slug"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        """Name followed by credentials, the way the publisher credits its faculty."""
        return f"{self.name}, {self.credentials}" if self.credentials else self.name
