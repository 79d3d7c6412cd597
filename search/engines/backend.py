"""Any Wagtail search backend (Elasticsearch, OpenSearch, ...) through Wagtail's public API.

Selected when WAGTAILSEARCH_BACKENDS names a backend other than Wagtail's database backend on
its own database. Nothing here writes SQL: the plan's querysets (visibility and filters) are
evaluated with the ORM into id lists that the backend filters on (Page's `id` FilterField), and
the backend ranks, counts and facets by content type. Category counts are taken from the first
FACET_SAMPLE hits, because categories are not FilterFields of the indexed models yet.
"""

from collections import Counter

from django.utils.encoding import force_str

from wagtail.models import Page
from wagtail.search.index import SearchField
from wagtail.search.query import And, Or, Phrase, PlainText

from blog.models import ArticlePage
from cms.models import Expert
from lessons.models import CoursePage
from search.engines import Facets, Hit, SearchPlan, Suggestion

FACET_SAMPLE = 1000


def indexed_text(obj) -> str:
    """The text Wagtail indexes for an object's non-title search fields, for snippets."""
    texts = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name != "title":
            value = search_field.get_value(obj)
            texts.append(
                ", ".join(map(force_str, value))
                if isinstance(value, list)
                else force_str(value or "")
            )
    return " ".join(texts)


class BackendEngine:
    def __init__(self, backend):
        self.backend = backend

    def _query(self, parsed):
        groups = []
        for group in parsed.groups:
            alternatives = [
                Phrase(" ".join(alt.words)) if alt.is_phrase else PlainText(alt.words[0])
                for alt in group.alternatives
            ]
            groups.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        return groups[0] if len(groups) == 1 else And(groups)

    def _rows(self, plan: SearchPlan, **flags) -> dict[int, tuple[int, object]]:
        """Visible, filtered pages: id -> (content type id, date)."""
        rows = plan.page_universe().filter(**flags).values_list("rid", "rct", "rdate")
        return {pk: (ct, rdate) for pk, ct, rdate in rows}

    def _experts_included(self, plan: SearchPlan, in_cat=False, in_type=False) -> bool:
        return (
            plan.experts
            and (plan.experts_in_category or not in_cat)
            and (plan.experts_in_type or not in_type)
        )

    def search(self, plan: SearchPlan, offset: int, limit: int) -> list[Hit]:
        rows = self._rows(plan, in_cat=True, in_type=True)
        with_experts = self._experts_included(plan, in_cat=True, in_type=True)
        promoted = [pk for pk, _ in plan.promoted if pk in rows] if plan.query else []
        ranked: list[tuple[int, float, str]]  # (id, score, "page" or "expert")
        if not plan.query:
            by_date = sorted(rows, key=lambda pk: (rows[pk][1] is not None, rows[pk][1], pk))
            ranked = [(pk, 0.0, "page") for pk in reversed(by_date)]
            if with_experts:
                ranked += [
                    (pk, 0.0, "expert") for pk in Expert.objects.values_list("pk", flat=True)
                ]
        else:
            need = offset + limit
            query = self._query(plan.query)
            candidates = Page.objects.filter(id__in=[pk for pk in rows if pk not in promoted])
            found = self.backend.search(query, candidates, operator="and")
            ranked = [
                (page.pk, page._score or 0.0, "page")
                for page in found.annotate_score("_score")[:need]
            ]
            if with_experts:
                experts = self.backend.search(query, Expert, operator="and").annotate_score(
                    "_score"
                )
                ranked += [(expert.pk, expert._score or 0.0, "expert") for expert in experts[:need]]
            ranked.sort(key=lambda item: -item[1])
            ranked = [(pk, float("inf"), "page") for pk in promoted] + ranked
        window = ranked[offset : offset + limit]
        return self._hits(plan, window, rows, promoted)

    def _hits(self, plan, window, rows, promoted) -> list[Hit]:
        page_ids = [pk for pk, _, source in window if source == "page"]
        pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
        expert_ids = [pk for pk, _, source in window if source == "expert"]
        experts = Expert.objects.in_bulk(expert_ids)
        hits = []
        for pk, score, source in window:
            obj = pages.get(pk) if source == "page" else experts.get(pk)
            if obj is None:
                continue
            kind = "expert" if source == "expert" else plan.kind_of(rows[pk][0])
            date = rows[pk][1] if source == "page" else None
            hits.append(
                Hit(
                    kind,
                    pk,
                    score,
                    date,
                    pk in promoted and source == "page",
                    body_text=indexed_text(obj),
                )
            )
        return hits

    def run(self, plan: SearchPlan, offset: int, limit: int) -> tuple[list[Hit], Facets]:
        return self.search(plan, offset, limit), self.facets(plan)

    def facets(self, plan: SearchPlan) -> Facets:
        facets = Facets()
        in_category = self._rows(plan, in_cat=True)
        if plan.query:
            query = self._query(plan.query)
            found = self.backend.search(
                query, Page.objects.filter(id__in=list(in_category)), operator="and"
            )
            type_counts = {int(ct): n for ct, n in found.facet("content_type_id").items() if ct}
            if self._experts_included(plan, in_cat=True):
                type_counts[plan.content_types["expert"]] = self.backend.search(
                    query, Expert, operator="and"
                ).count()
            typed = self._rows(plan, in_type=True)
            sample = self.backend.search(
                query, Page.objects.filter(id__in=list(typed)), operator="and"
            )
            matched = [page.pk for page in sample[:FACET_SAMPLE]]
        else:
            type_counts = Counter(ct for ct, _ in in_category.values())
            if self._experts_included(plan, in_cat=True):
                type_counts[plan.content_types["expert"]] = Expert.objects.count()
            matched = list(self._rows(plan, in_type=True))
        for ct, count in type_counts.items():
            kind = plan.kind_of(ct)
            if kind and count:
                facets.types[kind] = count
        facets.categories = self._category_counts(matched, plan)
        return facets

    def _category_counts(self, page_ids, plan: SearchPlan) -> dict[str, int]:
        pages = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "path"))
        children: dict[str, list[int]] = {}
        for pk, path in pages.items():
            children.setdefault(path[: -Page.steplen], []).append(pk)
        courses = dict(Page.objects.filter(path__in=list(children)).values_list("pk", "path"))
        links = list(
            ArticlePage.categories.through.objects.filter(
                articlepage_id__in=list(pages)
            ).values_list("articlepage_id", "categorypage__path")
        )
        course_links = CoursePage.categories.through.objects.filter(
            coursepage_id__in=[*pages, *courses]
        ).values_list("coursepage_id", "categorypage__path")
        for course_id, path in course_links:
            if course_id in pages:
                links.append((course_id, path))
            # Lessons are filed under their course's categories.
            for lesson_id in children.get(courses.get(course_id, ""), []):
                links.append((lesson_id, path))
        members: dict[str, set[int]] = {}
        for page_id, path in links:
            for depth in {len(category_path) for category_path in plan.category_paths.values()}:
                if len(path) >= depth:
                    members.setdefault(path[:depth], set()).add(page_id)
        return {path: len(ids) for path, ids in members.items()}

    def suggest(self, plan: SearchPlan, words: list[str], limit: int) -> list[Suggestion]:
        text = " ".join(words)
        rows = {
            pk: (ct, title)
            for pk, ct, title in plan.pages.values_list("pk", "content_type_id", "title")
        }
        pages = self.backend.autocomplete(text, Page.objects.filter(id__in=list(rows)))[:limit]
        found = [
            Suggestion(kind, page.pk, rows[page.pk][1])
            for page in pages
            # plan.pages holds pages of the searched kinds only: each has its kind.
            if (kind := plan.kind_of(rows[page.pk][0]))
        ]
        found += [
            Suggestion("expert", expert.pk, expert.name)
            for expert in self.backend.autocomplete(text, Expert)[:limit]
        ]
        found.sort(key=lambda item: not item.title.lower().startswith(text))
        return found[:limit]
