"""The parts of a search statement that read the site's relations rather than the index:
pages lent a score by a matching category, author or course name, tag matches and promotions
(`extra_scores`), and the per-category counts of the facets (`category_counts`). Portable SQL
on table names taken from the models."""

from wagtail.models import Page

from blog.models import ArticleAuthor, ArticlePage, ArticleTag
from lessons.models import CourseInstructor, CoursePage
from search.engines import SearchPlan

# A tag equal to the query, relative to the best text match.
TAG_WEIGHT = 0.6
PROMOTED_SCORE = 1e9


def extra_scores(plan: SearchPlan, related_weight: float, best_scores: str) -> tuple[str, list]:
    """Scores that are not the object's own text match: pages of a matching category,
    author or course, tag matches and promotions, summed per object."""
    ct = {kind: int(pk) for kind, pk in plan.content_types.items()}
    page = Page._meta.db_table
    article_categories = ArticlePage.categories.through._meta.db_table
    course_categories = CoursePage.categories.through._meta.db_table
    oid = "CAST(h.oid AS BIGINT)"
    related = f"h.score * {related_weight}"
    # The visible categories' ids (the plan's), or NULL: IN (NULL) matches nothing.
    shown = ", ".join(str(int(pk)) for pk in plan.category_paths) or "NULL"
    selects = [
        # A category's name finds what is filed under it or under its subcategories: visible
        # ones only, so that a hidden category's title finds nothing.
        f"""SELECT l.articlepage_id AS id, {ct["article"]} AS ct, {related} AS score
            FROM names h
            JOIN {page} c ON c.id = {oid}
            JOIN {page} d ON d.path LIKE c.path || '%%'
            JOIN {article_categories} l ON l.categorypage_id = d.id
            WHERE h.ct = {ct["category"]} AND c.id IN ({shown}) AND d.id IN ({shown})""",  # noqa: S608 -- model tables and int()s; values are parameters
        f"""SELECT l.coursepage_id, {ct["course"]}, {related} FROM names h
            JOIN {page} c ON c.id = {oid}
            JOIN {page} d ON d.path LIKE c.path || '%%'
            JOIN {course_categories} l ON l.categorypage_id = d.id
            WHERE h.ct = {ct["category"]} AND c.id IN ({shown}) AND d.id IN ({shown})""",  # noqa: S608 -- model tables and int()s; values are parameters
        f"""SELECT a.page_id, {ct["article"]}, {related} FROM names h
            JOIN {ArticleAuthor._meta.db_table} a ON a.expert_id = {oid}
            WHERE h.ct = {ct["expert"]}""",  # noqa: S608 -- model tables and int()s; values are parameters
        f"""SELECT i.page_id, {ct["course"]}, {related} FROM names h
            JOIN {CourseInstructor._meta.db_table} i ON i.expert_id = {oid}
            WHERE h.ct = {ct["expert"]}""",  # noqa: S608 -- model tables and int()s; values are parameters
        f"""SELECT lp.id, {ct["lesson"]}, {related} FROM names h
            JOIN {page} cp ON cp.id = {oid}
            JOIN {page} lp ON lp.path LIKE cp.path || '%%' AND lp.depth = cp.depth + 1
            WHERE h.ct = {ct["course"]} AND lp.content_type_id = {ct["lesson"]}""",  # noqa: S608 -- model tables and int()s; values are parameters
    ]
    params = []
    if plan.tag_slugs:
        tag_model = ArticleTag.tag.field.related_model
        selects.append(
            f"""SELECT t.content_object_id, {ct["article"]},
                COALESCE((SELECT MAX(score) FROM {best_scores}), 1.0) * {TAG_WEIGHT}
                FROM {ArticleTag._meta.db_table} t
                JOIN {tag_model._meta.db_table} g ON g.id = t.tag_id
                WHERE g.slug IN ({", ".join(["%s"] * len(plan.tag_slugs))})"""  # noqa: S608 -- model tables and int()s; values are parameters
        )
        params.extend(plan.tag_slugs)
    for position, (page_id, content_type_id) in enumerate(plan.promoted):
        selects.append(
            f"SELECT {int(page_id)}, {int(content_type_id)}, {PROMOTED_SCORE - position}"
        )
    grouped = f"SELECT id, ct, SUM(score) AS score FROM ({' UNION ALL '.join(selects)}) x"  # noqa: S608 -- model tables and int()s; values are parameters
    return grouped + " GROUP BY id, ct", params


def category_counts(plan: SearchPlan) -> list[str]:
    """SELECTs counting the matches (of the selected types) per category: 'direct' rows
    count the pages filed in each category itself (exact for categories without
    subcategories: a page has one link per category); 'subtree' rows count, for each
    level that has parents, the distinct pages filed anywhere under each parent. Articles
    and courses are filed by their own categories, lessons by their course's. Category
    ids map to their ancestors with a CASE built from the (small) category tree, so no
    page row is read per link."""
    ct = {kind: int(pk) for kind, pk in plan.content_types.items()}
    page = Page._meta.db_table
    article_categories = ArticlePage.categories.through._meta.db_table
    course_categories = CoursePage.categories.through._meta.db_table
    sources = [
        (ct["article"], f"JOIN {article_categories} l ON l.articlepage_id = m.id"),
        (ct["course"], f"JOIN {course_categories} l ON l.coursepage_id = m.id"),
        (
            ct["lesson"],
            f"""JOIN {page} lp ON lp.id = m.id
            JOIN {page} cp ON cp.path = SUBSTR(lp.path, 1, LENGTH(lp.path) - {Page.steplen})
            JOIN {course_categories} l ON l.coursepage_id = cp.id""",
        ),
    ]
    groupings = [("direct", "l.categorypage_id", "COUNT(*)")]
    for ancestors in _ancestors_by_level(plan.category_paths):
        case = " ".join(f"WHEN {int(c)} THEN {int(a)}" for c, a in ancestors.items())
        groupings.append(("subtree", f"CASE l.categorypage_id {case} END", "COUNT(DISTINCT m.id)"))
    return [
        f"""SELECT '{label}', NULL, NULL, NULL, NULL, NULL, NULL, {key}, {count}
        FROM m {joins}
        WHERE m.ct = {content_type} AND m.in_type
        GROUP BY {key}"""  # noqa: S608 -- model tables and int()s; values are parameters
        for label, key, count in groupings
        for content_type, joins in sources
    ]


def _ancestors_by_level(paths: dict[int, str]) -> list[dict[int, int]]:
    """For each tree level that has categories with subcategories: category id -> the id of
    its ancestor (or itself) at that level, for every category in those parents' subtrees."""
    by_path = {path: pk for pk, path in paths.items()}
    parents = {path for path in by_path if any(p != path and p.startswith(path) for p in by_path)}
    levels = []
    for length in sorted({len(path) for path in parents}):
        ancestors = {
            pk: by_path[path[:length]]
            for pk, path in paths.items()
            if path[:length] in parents and len(path) >= length
        }
        levels.append(ancestors)
    return levels


def category_facets(paths: dict[int, str], direct: dict, subtree: dict) -> dict[str, int]:
    """Counts by category path: a parent's from its subtree, any other's from its own links."""
    counts = {}
    for pk, path in paths.items():
        count = subtree[pk] if pk in subtree else direct.get(pk, 0)
        if count:
            counts[path] = count
    return counts
