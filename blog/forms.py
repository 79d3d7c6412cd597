"""Admin forms for pages filed under categories."""

from django.db.models import Min

from wagtail.admin.forms import WagtailAdminPageForm


class CategorisedPageForm(WagtailAdminPageForm):
    """Shows the category tree indented, so editors see Trauma > PTSD at a glance."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("categories")
        if field is not None:
            field.queryset = field.queryset.order_by("path")
            top = field.queryset.aggregate(top=Min("depth"))["top"] or 0
            field.label_from_instance = lambda c: f"{'— ' * (c.depth - top)}{c.title}"


class ArticlePageForm(CategorisedPageForm):
    def clean(self):
        cleaned = super().clean()
        related = [
            form.cleaned_data.get("article")
            for form in self.formsets.get("related_links", [])
            # The page form is cleaned before its child formsets, so each form is validated
            # here: reading cleaned_data first would fail for every newly added pick.
            if form.is_valid() and not form.cleaned_data.get("DELETE")
        ]
        if self.instance.pk and any(a and a.pk == self.instance.pk for a in related):
            self.add_error(None, "An article cannot be related to itself.")
        return cleaned
