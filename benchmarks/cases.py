"""The benchmark's cases: our request, and the nearest stock Wagtail API v2 request(s).

A stock side with two paths is a two-step task (find-by-path answers a 302 that the client
follows; a course and its lessons are two requests): its rate is the rate of doing both,
1 / (1/r1 + 1/r2). `stock_slow` marks stock requests that can take a minute on SQLite: they
are sent once with a timeout instead of under load.
"""

from dataclasses import dataclass, field
from urllib.parse import quote

from benchmarks.vocabulary import COMMON_WORD, RARE_TERM, SUGGEST_PREFIX

# The rare term with two neighbouring letters swapped: found only through a correction.
MISSPELT_TERM = RARE_TERM[:3] + RARE_TERM[4] + RARE_TERM[3] + RARE_TERM[5:]

STOCK = "/bench/stock/pages/"
STOCK_ARTICLES = f"{STOCK}?type=blog.ArticlePage&fields=*"


@dataclass
class Case:
    name: str
    title: str
    ours: str
    stock: list[str] = field(default_factory=list)
    stock_slow: bool = False
    smoke: bool = False


def build_cases(fx: dict) -> list[Case]:
    article, category, course = fx["article"], fx["category"], fx["course"]
    return [
        Case(
            "list20",
            "articles list, limit 20",
            "/api/v2/articles/?limit=20",
            [f"{STOCK_ARTICLES}&limit=20"],
            smoke=True,
        ),
        Case(
            "list100",
            "articles list, limit 100",
            "/api/v2/articles/?limit=100",
            [f"{STOCK_ARTICLES}&limit=100"],
        ),
        Case(
            "detail",
            "article detail",
            f"/api/v2/articles/{article['slug']}/",
            [f"{STOCK}{article['id']}/"],
            smoke=True,
        ),
        Case(
            "route",
            "route by path",
            f"/api/v2/route/?path={quote(article['path'])}",
            [f"{STOCK}find/?html_path={quote(article['path'])}", f"{STOCK}{article['id']}/"],
        ),
        Case(
            "category",
            "category listing, limit 20",
            f"/api/v2/articles/?category={category['slug']}&limit=20",
            [f"{STOCK_ARTICLES}&categories={category['id']}&limit=20"],
        ),
        Case(
            "search_rare",
            f"search, rare term ({RARE_TERM})",
            f"/api/v2/search/?q={RARE_TERM}",
            [f"{STOCK_ARTICLES}&search={RARE_TERM}&limit=20"],
            smoke=True,
        ),
        Case(
            "search_misspelt",
            f"search, misspelt rare term ({MISSPELT_TERM})",
            f"/api/v2/search/?q={MISSPELT_TERM}",
            [f"{STOCK_ARTICLES}&search={MISSPELT_TERM}&limit=20"],
        ),
        Case(
            "search_common",
            f"search, common word ({COMMON_WORD})",
            f"/api/v2/search/?q={COMMON_WORD}",
            [f"{STOCK_ARTICLES}&search={COMMON_WORD}&limit=20"],
            stock_slow=True,
        ),
        Case(
            "search_common_category",
            "search, common word in a category",
            f"/api/v2/search/?q={COMMON_WORD}&category={category['slug']}",
            # Stock v2 refuses search with a field filter (400: categories is not a FilterField).
        ),
        Case("suggest", "suggest", f"/api/v2/search/suggest/?q={SUGGEST_PREFIX}"),
        Case(
            "comments",
            "comments list",
            f"/api/v2/comments/?article={fx['commented_article']}",
            smoke=True,
        ),
        Case(
            "course",
            "course with lessons",
            f"/api/v2/courses/{course['slug']}/",
            [
                f"{STOCK}{course['id']}/",
                f"{STOCK}?type=lessons.LessonPage&child_of={course['id']}&fields=*",
            ],
            smoke=True,
        ),
    ]
