"""Paths as the site serves them, for `route/` and `redirects/`: one canonical spelling per
address, and what lives at a path besides pages (an expert's page).

The reader site answers `/blog/` and sends `/blog` or `/blog//` there (Django's APPEND_SLASH,
Wagtail's trailing-slash URLs). A frontend routing through the API must do the same, or one
page is indexed under several addresses: `route/` answers a non-canonical path with a redirect
to the canonical one, and `redirects/` lists old paths the way readers' browsers ask for them.
"""

from urllib.parse import unquote

from django.urls import Resolver404, is_valid_path, resolve

from cms.representation import frontend_url

EXPERT_PAGE = "expert-page"  # the URL name of an expert's reader page (cms/urls.py)


def canonical_path(raw: str) -> str:
    """The path as the site serves it: no query string, no empty segments, one leading slash
    and one trailing ("blog//a?x" -> "/blog/a/", "" -> "/")."""
    parts = [part for part in raw.split("?")[0].split("/") if part]
    return "/" + "".join(f"{part}/" for part in parts)


def is_canonical(raw: str) -> bool:
    return raw.strip().split("?")[0] == canonical_path(raw.strip())


def canonical_redirect(raw: str, request) -> dict:
    """`route/`'s redirect from a path spelled otherwise to its canonical spelling, in the
    shape every redirect has: permanent, as the address itself never changes."""
    return {
        "old_path": raw.strip().split("?")[0],
        "location": frontend_url(canonical_path(raw), request),
        "permanent": True,
    }


def served_path(old_path: str) -> str:
    """A redirect's old path as readers ask for it. Wagtail stores old paths without their
    trailing slash ("/old-article"), but the site answers "/old-article" by appending one
    (Django's APPEND_SLASH: where the slashed path is a URL and the bare one is not), so every
    path the API gives ends the same way. A file-like path ("/guide.pdf") keeps its spelling,
    as does the query of a kept query-string address ("/?p=123")."""
    path, question, query = old_path.partition("?")
    if not path.endswith("/") and not is_valid_path(path) and is_valid_path(path + "/"):
        path += "/"
    return path + question + query


def expert_slug(path: str) -> str | None:
    """The slug when `path` is an expert's page ("/experts/rosa-field/"), else None.

    Asked of the URL conf, so `route/` and the reader site agree on what lives where."""
    try:
        match = resolve(canonical_path(path))
    except Resolver404:
        return None
    return unquote(match.kwargs["slug"]) if match.url_name == EXPERT_PAGE else None
