from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lessons.models import CreditType


class CreditTypeViewSet(SnippetViewSet):
    model = CreditType
    icon = "tasks"
    menu_label = "CE/CME credit types"
    list_display = ["code", "name", "professions"]


register_snippet(CreditTypeViewSet)
