"""Factories for the shared models and blocks; the apps' factories build on these."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms import blocks
from cms.models import Expert, HomePage


class ExpertFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Expert Number{n}")
    credentials = "PhD"
    title = "Clinical psychologist"
    slug = factory.Sequence(lambda n: f"expert-{n}")
    bio = "Treats anxiety and trauma and teaches clinicians."
    email = factory.Sequence(lambda n: f"expert{n}@example.org")

    class Meta:
        model = Expert


class HeadingBlockFactory(wagtail_factories.CharBlockFactory):
    class Meta:
        model = blocks.HeadingBlock


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = factory.LazyFunction(
        lambda: blocks.ParagraphBlock().to_python("<p>Slow breathing steadies the body.</p>")
    )

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return kwargs["value"]

    class Meta:
        model = blocks.ParagraphBlock


class PullQuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Safety comes before insight."
    attribution = ""

    class Meta:
        model = blocks.PullQuoteBlock


class LinkBlockFactory(wagtail_factories.StructBlockFactory):
    label = "Read more"
    page = None
    url = "https://example.org/"

    class Meta:
        model = blocks.LinkBlock


class CallToActionBlockFactory(LinkBlockFactory):
    text = ""

    class Meta:
        model = blocks.CallToActionBlock


class VideoBlockFactory(wagtail_factories.StructBlockFactory):
    url = "https://www.youtube.com/watch?v=abcdefghijk"
    caption = ""

    class Meta:
        model = blocks.VideoBlock


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "Continuing education for clinicians."

    class Meta:
        model = HomePage
