"""Per-site settings editors change without a deploy: who the publisher is, and its menus."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from cms.blocks import MenuBlock, SocialLinkBlock


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    name = models.CharField(max_length=255, blank=True)
    tagline = models.CharField(max_length=255, blank=True)
    postal_address = models.TextField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    fax = models.CharField(max_length=50, blank=True)
    contact_email = models.EmailField(blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)
    crisis_text = models.TextField(
        blank=True,
        help_text="Shown to a reader whose comment mentions self-harm: where to get help now.",
    )
    crisis_phone = models.CharField(max_length=50, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("tagline")], heading="Identity"),
        MultiFieldPanel(
            [
                FieldPanel("postal_address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("contact_email"),
            ],
            heading="Contact",
        ),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [FieldPanel("crisis_text"), FieldPanel("crisis_phone")], heading="Crisis resources"
        ),
    ]

    class Meta:
        verbose_name = "organisation"


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    main_menu = StreamField(MenuBlock(), blank=True)
    footer_menu = StreamField(MenuBlock(), blank=True)

    panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = "navigation"
