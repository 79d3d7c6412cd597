"""What a comment moderator may do in the admin, granted to a group in one call.

Moderators see and change comments (the queue, the edit view, and the bulk actions approve,
reject, mark as spam and release, which check "change"), and keep the blocklist. Comments are
not deleted by anyone but a superuser: spam is kept so that a wrong call can be released, and a
rejected comment stays on record. blog/migrations/0009 grants the same to Wagtail's
"Moderators" group on every database; `ensure_demo_editor` calls `grant_comment_moderation`
for a group it had to create itself.
"""

from django.contrib.auth.models import Permission

MODERATORS_GROUP = "Moderators"
COMMENT_MODERATION_PERMISSIONS = {
    "comment": ("view", "change"),
    "blocklistentry": ("view", "add", "change", "delete"),
}


def comment_moderation_permissions():
    codenames = [
        f"{action}_{model}"
        for model, actions in COMMENT_MODERATION_PERMISSIONS.items()
        for action in actions
    ]
    return Permission.objects.filter(content_type__app_label="blog", codename__in=codenames)


def grant_comment_moderation(group) -> None:
    """Idempotent: permissions the group holds already are left as they are."""
    group.permissions.add(*comment_moderation_permissions())


def can_moderate_comments(user) -> bool:
    return user.has_perm("blog.change_comment")
