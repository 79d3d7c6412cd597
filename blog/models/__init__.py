from .articles import ArticleAuthor, ArticlePage, ArticleTag, RelatedArticle
from .categories import CategoryIndexPage, CategoryPage
from .index import BlogIndexPage

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleTag",
    "BlogIndexPage",
    "CategoryIndexPage",
    "CategoryPage",
    "RelatedArticle",
]
