"""The hostile-input table: for every query parameter of every public endpoint (as listed by
/api/schema/), inputs a client could send by mistake or on purpose. `{article}` stands for a
live article's id, `{home}` for a page that is not an article.

Each GET row is (URL under /api/v2/, expected status); the answer must be JSON with an `error`.
"""

LONG = "x" * 1_001  # past MAX_PARAM_LENGTH
BIG = str(2**64)
NUL = "%00"
NEWLINE = "%0A"
RTL = "%E2%80%AE"  # a right-to-left override

QUERY_INPUTS = [
    # articles/: author, category, tag, published_after/before, ordering, search
    (f"articles/?author={NUL}", 400),
    (f"articles/?author={LONG}", 400),
    ("articles/?author=rosa-field&author=nobody", 404),
    (f"articles/?category={LONG}", 400),
    (f"articles/?category={RTL}", 400),
    (f"articles/?tag={NUL}", 400),
    ("articles/?tag=" + "t" * 101, 400),
    ("articles/?published_after=0000-00-00", 400),
    ("articles/?published_after=99999-01-01", 400),
    (f"articles/?published_after=2026-01-01{NUL}", 400),
    ("articles/?published_before=2026-02-30", 400),
    ("articles/?published_before=" + "9" * 40, 400),
    ("articles/?ordering=title;DROP TABLE x", 400),
    (f"articles/?ordering={NUL}", 400),
    ("articles/?search=" + "s" * 201, 400),
    ("articles/?limit=%D9%A1", 400),  # an Arabic-Indic digit one
    ("articles/?offset=+1", 400),
    ("articles/?limit=%205", 400),
    # article and category details
    (f"articles/a{NUL}b/", 404),
    (f"articles/a{NEWLINE}b/", 404),
    ("articles/" + "s" * 300 + "/", 404),
    (f"categories/a{NUL}b/", 404),
    (f"categories/a{NEWLINE}b/", 404),
    ("categories/?offset=-1", 400),
    ("categories/?parent=trauma", 400),
    # comments/ and comments/token/: article
    ("comments/", 400),
    ("comments/?article=abc", 400),
    ("comments/?article=0", 400),
    ("comments/?article=-1", 400),
    ("comments/?article=1.5", 400),
    (f"comments/?article={BIG}", 400),
    (f"comments/?article={NUL}", 400),
    ("comments/?article=999999", 404),
    ("comments/?article={home}", 404),
    ("comments/?article={article}&limit=0", 400),
    ("comments/?article={article}&status=spam", 400),
    ("comments/token/", 400),
    ("comments/token/?article=abc", 400),
    (f"comments/token/?article={BIG}", 400),
    (f"comments/token/?article={NUL}", 400),
    ("comments/token/?article=999999", 404),
    ("comments/token/?article={home}", 404),
    ("comments/token/?article={article}&limit=5", 400),
    ("comments/12/", 404),
    # courses/: category, instructor, level; course details
    ("courses/?category=no-such-topic", 404),
    (f"courses/?category={NUL}", 400),
    ("courses/?instructor=nobody", 404),
    ("courses/?instructor=bad%20slug!", 400),
    ("courses/?level=grandmaster", 400),
    (f"courses/?level={NUL}", 400),
    (f"courses/?offset={BIG}", 400),
    (f"courses/a{NUL}b/", 404),
    ("courses/no-such-course/", 404),
    # lessons/: course; lesson details
    ("lessons/?course=no-such-course", 404),
    ("lessons/?course=bad%20slug!", 400),
    (f"lessons/?course={NUL}", 400),
    (f"lessons/?course={LONG}", 400),
    ("lessons/?limit=-2", 400),
    ("lessons/abc/", 404),
    ("lessons/0/", 404),
    (f"lessons/{BIG}/", 404),
    ("lessons/999999/", 404),
    # experts/: search; expert details
    ("experts/?search=" + "s" * 201, 400),
    (f"experts/?search={NUL}", 400),
    ("experts/?name=rosa", 400),
    (f"experts/?limit={BIG}", 400),
    (f"experts/a{NUL}b/", 404),
    ("experts/nobody/", 404),
    # site/, route/, redirects/
    ("site/?limit=1", 400),
    ("route/?path=/&offset=1", 400),
    (f"site/?{NUL}=1", 400),
    (f"route/?path={LONG}", 400),
    ("route/?path=%20%20", 400),
    (f"route/?path=/blog/{NEWLINE}/", 404),
    (f"route/?path=/blog/{RTL}/", 404),
    ("redirects/?old_path=/x", 400),
    ("redirects/?limit=abc", 400),
    # search/ and search/suggest/
    (f"search/?q=sleep&category={NUL}", 400),
    ("search/?q=sleep&type=blog.ArticlePage", 400),
    (f"search/?q=sleep&author={NUL}", 400),
    ("search/?q=sleep&limit=0", 400),
    (f"search/?q=sleep&offset={BIG}", 400),
    ("search/?q=sleep&order=title", 400),
    ("search/suggest/?q=sleep&limit=abc", 400),
    (f"search/suggest/?q={NUL}", 400),
    ("search/suggest/?q=sleep&category=ptsd", 400),
    # preview/: content_type, token (anything wrong is the same 404)
    ("preview/", 404),
    ("preview/?content_type=blog.articlepage", 404),
    ("preview/?content_type=blog.articlepage&token=garbage", 404),
    (f"preview/?content_type={NUL}&token=x", 404),
    ("preview/?content_type=wagtailcore.page&token=x", 404),
    ("preview/?content_type=auth.user&token=x", 404),
    ("preview/?content_type=../../etc&token=x", 404),
    (f"preview/?content_type=blog.articlepage&token={LONG}", 404),
    # Wagtail's pages/, images/, documents/: fields, order, type, filters, find/
    ("pages/?fields=*(*)", 400),
    ("pages/?fields=-", 400),
    ("pages/?fields=title(", 400),
    ("pages/?fields=,title", 400),
    ("pages/?order=-id;drop", 400),
    ("pages/?type=blog.ArticlePage&fields=title(x)", 400),
    (f"pages/?child_of={NUL}", 400),
    ("pages/?descendant_of=1e3", 400),
    (f"pages/?descendant_of={BIG}", 404),  # no such page (Wagtail's check)
    ("pages/?translation_of=abc", 400),
    ("pages/?has_children=maybe", 400),
    ("pages/?show_in_menus=maybe", 400),
    (f"pages/?slug={NUL}", 400),
    ("pages/?type=blog.ArticlePage&publication_date=2026-02-30", 400),
    (f"pages/find/?html_path={NUL}", 400),
    ("pages/find/?id=-1", 400),
    (f"pages/{BIG}/", 404),
    ("images/?fields=" + "a(" * 5 + ")" * 5, 400),
    ("images/?order=secret", 400),
    ("images/?title=" + NUL, 400),
    ("images/find/?id=-1", 400),
    (f"images/{BIG}/", 404),
    ("documents/?fields=title(x)", 400),
    ("documents/?order=file", 400),
    (f"documents/find/?html_path={NUL}", 400),
    (f"documents/{BIG}/", 404),
]

# Reader-facing HTML and XML: a 4xx page, never a 500.
HTML_INPUTS = [
    ("/feeds/categories/no-such-topic/rss/", 404),
    ("/feeds/categories/no-such-topic/atom/", 404),
    (f"/feeds/categories/a{NUL}b/rss/", 404),
    ("/feeds/experts/nobody/rss/", 404),
    (f"/feeds/experts/a{NUL}b/atom/", 404),
    ("/feeds/unknown/rss/", 404),
    ("/sitemap.xml?p=abc", 404),
    ("/sitemap.xml?p=999999", 404),
    (f"/sitemap.xml?p={NUL}", 404),
    (f"/blog/a{NUL}b/", 404),
]

DEEP = "[" * 100_000 + "]" * 100_000  # deeper than Python's JSON decoder can recurse


def comment(**overrides) -> dict:
    """A well-formed comment body; rows override one part of it. The token is a placeholder:
    every row must be refused before a token is even checked."""
    return {
        "article": "{article}",
        "name": "Maria Lopez",
        "email": "mlopez@clinic.example.org",
        "body": "I use a short version of this with clients.",
        "token": "not-a-token",
        **overrides,
    }


# (what, raw body or JSON-able value, content type)
COMMENT_BODIES = [
    ("invalid JSON", b'{"article": ', "application/json"),
    ("empty body", b"", "application/json"),
    ("invalid UTF-8", b'{"name": "\xff\xfe"}', "application/json"),
    ("a JSON array", [], "application/json"),
    ("a JSON string", "comment", "application/json"),
    ("JSON null", None, "application/json"),
    ("a JSON number", 5, "application/json"),
    ("an empty object", {}, "application/json"),
    ("missing body", {k: v for k, v in comment().items() if k != "body"}, "application/json"),
    ("missing email", {k: v for k, v in comment().items() if k != "email"}, "application/json"),
    ("an unknown field", comment(is_staff=True), "application/json"),
    ("article as text", comment(article="abc"), "application/json"),
    ("article as a list", comment(article=[1]), "application/json"),
    ("article as an object", comment(article={"id": 1}), "application/json"),
    ("article as a boolean", comment(article=True), "application/json"),
    ("article as a float", comment(article=1.5), "application/json"),
    ("article huge", comment(article=2**80), "application/json"),
    ("article unknown", comment(article=999_999), "application/json"),
    ("article not an article", comment(article="{home}"), "application/json"),
    ("parent as text", comment(parent="abc"), "application/json"),
    ("parent huge", comment(parent=2**70), "application/json"),
    ("parent unknown", comment(parent=999_999), "application/json"),
    ("name nested", comment(name={"a": {"b": {"c": 1}}}), "application/json"),
    ("name huge", comment(name="n" * 100_000), "application/json"),
    ("name with NUL", comment(name="Maria\x00Lopez"), "application/json"),
    ("name with a line break", comment(name="Maria\nLopez"), "application/json"),
    ("name with a direction override", comment(name="Maria\u202eLopez"), "application/json"),
    ("email with NUL", comment(email="m\x00@clinic.example.org"), "application/json"),
    ("email not an email", comment(email="not-an-email"), "application/json"),
    ("email huge", comment(email="m" * 300 + "@example.org"), "application/json"),
    ("body with NUL", comment(body="Helpful\x00 article"), "application/json"),
    ("body only spaces", comment(body="   \n\t "), "application/json"),
    ("body huge", comment(body="b" * 1_000_000), "application/json"),
    ("body as a list", comment(body=["a", "b"]), "application/json"),
    ("token with NUL", comment(token="\x00"), "application/json"),
    ("token huge", comment(token="t" * 10_000), "application/json"),
    ("website huge", comment(website="w" * 5_000), "application/json"),
    # A lone surrogate: a Python string that UTF-8 cannot encode (was a 500 at insert).
    ("name a lone surrogate", comment(name="\ud800"), "application/json"),
    ("name with a lone surrogate", comment(name="Maria\udfffLopez"), "application/json"),
    ("body a lone surrogate", comment(body="\ud800"), "application/json"),
    ("body with a lone surrogate", comment(body="Helpful \udbff article"), "application/json"),
    ("email with a lone surrogate", comment(email="m\ud800@example.org"), "application/json"),
    ("affiliation with a lone surrogate", comment(affiliation="\ud800"), "application/json"),
    ("country with a lone surrogate", comment(country="\udc00"), "application/json"),
    ("token with a lone surrogate", comment(token="\ud800"), "application/json"),
    ("website with a lone surrogate", comment(website="\ud800"), "application/json"),
    ("phone with a lone surrogate", comment(phone="\ud800"), "application/json"),
    ("article a lone surrogate", comment(article="\ud800"), "application/json"),
    ("parent a lone surrogate", comment(parent="\ud800"), "application/json"),
    ("a field name with a lone surrogate", comment(**{"\ud800": "x"}), "application/json"),
    ("NaN article", b'{"article": NaN, "name": "M"}', "application/json"),
    ("infinite article", b'{"article": 1e400, "name": "M"}', "application/json"),
    ("deeply nested JSON", DEEP.encode(), "application/json"),
    ("plain text", b"article=1&name=M", "text/plain"),
    ("XML", b"<comment><name>M</name></comment>", "application/xml"),
    ("a form with NUL", b"article=1&name=M%00&body=x", "application/x-www-form-urlencoded"),
]

# Other methods on the comment endpoints: an answer, never a 500 (OPTIONS was one: the viewset
# had no serializer to describe). (method, path, status)
METHOD_INPUTS = [
    ("OPTIONS", "comments/", 200),
    ("OPTIONS", "comments/token/", 200),
    ("OPTIONS", "comments/?article={article}", 200),
    ("PUT", "comments/", 405),
    ("PATCH", "comments/", 405),
    ("DELETE", "comments/", 405),
]
