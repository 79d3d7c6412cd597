"""Experts and site settings show on many pages: changing them tells the frontends too."""

import pytest

from cms.factories import ExpertFactory
from cms.models import OrganisationSettings
from cms.webhooks.models import WebhookDelivery, WebhookEvent

from .conftest import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


def test_saving_an_expert_sends_expert_changed_without_the_email(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        expert = ExpertFactory(name="Ana Ruiz", credentials="PsyD", slug="ana-ruiz")

    assert receiver.types() == ["expert.changed"]
    data = receiver.received[0].json["data"]
    assert data == {
        "expert": {
            "id": expert.pk,
            "slug": "ana-ruiz",
            "name": "Ana Ruiz",
            "display_name": "Ana Ruiz, PsyD",
        },
        "action": "saved",
    }
    assert expert.email not in receiver.received[0].body.decode()
    assert receiver.received[0].signature_ok


def test_deleting_an_expert_sends_expert_changed(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    expert = ExpertFactory(slug="leaving")
    with django_capture_on_commit_callbacks(execute=True):
        expert.delete()

    assert receiver.types() == ["expert.changed"]
    data = receiver.received[0].json["data"]
    assert (data["expert"]["slug"], data["action"]) == ("leaving", "deleted")


def test_changing_site_settings_sends_settings_changed(
    site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    settings = OrganisationSettings.for_site(site_tree.site)
    settings.crisis_phone = "988"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()

    assert receiver.types() == ["settings.changed"]
    data = receiver.received[0].json["data"]
    assert data["settings"] == "organisation"
    assert data["model"] == "cms.OrganisationSettings"
    assert data["site"]["id"] == site_tree.site.pk


def test_each_endpoint_gets_only_what_it_subscribed_to(
    site_tree, receiver, django_capture_on_commit_callbacks
):
    experts_only = WebhookEndpointFactory(
        url=receiver.url, event_types=[WebhookEvent.EXPERT_CHANGED]
    )
    receiver.secret = experts_only.secret
    with django_capture_on_commit_callbacks(execute=True):
        ExpertFactory()
        OrganisationSettings.for_site(site_tree.site).save()

    assert receiver.types() == ["expert.changed"]
    assert WebhookDelivery.objects.get().endpoint == experts_only
