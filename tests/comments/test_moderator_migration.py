"""Every database's Moderators group may moderate comments from its first `migrate`, and a site
without Wagtail's Moderators group is not given one."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group

import pytest

pytestmark = pytest.mark.django_db

migration = importlib.import_module("blog.migrations.0009_moderators_moderate_comments")
GRANTED = {
    "view_comment",
    "change_comment",
    "view_blocklistentry",
    "add_blocklistentry",
    "change_blocklistentry",
    "delete_blocklistentry",
}


def moderation_codenames(group) -> set[str]:
    return set(
        group.permissions.filter(content_type__app_label="blog").values_list("codename", flat=True)
    )


def test_a_migrated_database_lets_moderators_moderate():
    moderators = Group.objects.get(name="Moderators")
    assert moderation_codenames(moderators) == GRANTED
    assert moderation_codenames(Group.objects.get(name="Editors")) == set()


def test_granting_again_changes_nothing_and_can_be_undone():
    moderators = Group.objects.get(name="Moderators")
    migration.grant_moderation(apps, None)
    assert moderation_codenames(moderators) == GRANTED
    assert moderators.permissions.filter(codename="view_comment").count() == 1

    migration.withdraw_moderation(apps, None)
    assert moderation_codenames(moderators) == set()
    assert moderators.permissions.filter(codename="access_admin").exists()  # Wagtail's own stay


def test_a_site_without_the_group_is_not_given_one():
    Group.objects.filter(name="Moderators").delete()
    migration.grant_moderation(apps, None)
    assert not Group.objects.filter(name="Moderators").exists()
