"""Webhooks go to public addresses only: no requests into the private network, this machine or
a cloud metadata service on an admin's say-so (unless the operator allows it)."""

from django.core.exceptions import ValidationError

import pytest

from blog.factories import ArticlePageFactory
from cms.webhooks.models import WebhookDelivery

from .conftest import WebhookEndpointFactory

pytestmark = pytest.mark.django_db

REFUSED = [
    "http://127.0.0.1:3000/api/revalidate",
    "http://localhost/revalidate",
    "http://app.localhost/revalidate",
    "http://10.0.0.5/revalidate",
    "http://192.168.1.20/revalidate",
    "http://172.16.4.4/revalidate",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/revalidate",
    "http://[fd00::1]/revalidate",
    "http://0.0.0.0/revalidate",
    # IPv6 forms a translator or relay turns into loopback or private IPv4 addresses.
    "http://[64:ff9b::7f00:1]/revalidate",  # NAT64 of 127.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",  # NAT64 of 169.254.169.254
    "http://[64:ff9b:1::5db8:d70e]/revalidate",  # the local-use NAT64 prefix, whatever inside
    "http://[2002:7f00:1::1]/revalidate",  # 6to4 of 127.0.0.1
    "http://[2002:c0a8:114::1]/revalidate",  # 6to4 of 192.168.1.20
    "http://[::ffff:10.0.0.5]/revalidate",  # IPv4-mapped
    "http://[::7f00:1]/revalidate",  # IPv4-compatible (deprecated)
    "ftp://example.org/revalidate",
    "file:///etc/passwd",
    "http:///no-host",
]


@pytest.fixture
def public_only(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False


@pytest.mark.parametrize("url", REFUSED)
def test_an_endpoint_aimed_inside_is_refused_when_saved(public_only, url):
    endpoint = WebhookEndpointFactory.build(url=url)
    with pytest.raises(ValidationError) as refused:
        endpoint.full_clean()
    assert "url" in refused.value.message_dict


@pytest.mark.parametrize(
    "url",
    [
        "https://93.184.215.14/revalidate",
        "https://frontend.example.org/api/revalidate",
        "https://[64:ff9b::5db8:d70e]/revalidate",  # NAT64 of a public address
        "https://[2002:5db8:d70e::1]/revalidate",  # 6to4 of a public address
    ],
)
def test_public_endpoints_are_accepted(public_only, url):
    WebhookEndpointFactory.build(url=url).full_clean()


def test_a_delivery_to_a_private_address_is_not_sent(
    public_only, site_tree, receiver, django_capture_on_commit_callbacks
):
    # Saved while allowed (or written around the form), then checked again at delivery time.
    WebhookEndpointFactory(url=receiver.url, event_types=["page.published"])
    draft = ArticlePageFactory(parent=site_tree.blog, slug="grounding", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()

    assert receiver.received == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.error.startswith("Not sent: Events cannot be sent to a private")
    assert delivery.status == WebhookDelivery.Status.RETRYING


def test_the_operator_may_allow_private_addresses(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    WebhookEndpointFactory.build(url="http://127.0.0.1:3000/revalidate").full_clean()
