"""Readers' comments on articles, and their moderation: the form and the API that take them
(forms, comment_api, views), what is stored and when (service, tokens, idempotency, throttle),
the decision on each (spam: the crisis detector first, then the learned spam model, in
moderation/). docs/moderation.md.

A room of blog: it reads the blog's `Comment` and `ArticlePage` models; nothing else imports
it but blog's own API router entries, templates and admin hooks.
"""
