"""Factories for the shared models and blocks; the apps' factories build on these."""

from contextlib import contextmanager

from django.db.models.signals import post_save

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

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


@contextmanager
def index_afterwards(model):
    """Hold back the index update that every save of `model` sends, for one save.

    The update runs inline at `post_save`, before modelcluster writes the page's categories,
    authors and tags, so an index taken then misses them; the caller indexes once afterwards."""
    held = post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        if held:
            post_save.connect(post_save_signal_handler, sender=model)


class SavedOncePageFactory(wagtail_factories.PageFactory):
    """A page whose post-generation hooks (categories, authors, tags…) only set relations in
    memory, as modelcluster allows on an unsaved page: the page is then inserted once with all
    of them and indexed once. Saving after every hook re-indexed the page each time, the
    largest single cost of building a test site."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = model_class(**kwargs)
        instance._factory_parent = parent
        return instance

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        parent = instance.__dict__.pop("_factory_parent", None)
        if not create or instance.pk:
            return
        with index_afterwards(type(instance)):
            if parent:
                parent.add_child(instance=instance)
            else:
                type(instance).add_root(instance=instance)
        index.insert_or_update_object(instance)
