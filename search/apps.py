from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = "Site search"

    def ready(self):
        # Articles and courses are found by their visible categories' titles only: reindex
        # them when a category's visibility changes (search/category_index.py).
        from search import category_index

        category_index.connect()
        # The spelling vocabulary is dropped whenever content readers see may have changed.
        from search import vocabulary

        vocabulary.connect()
