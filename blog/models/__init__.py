from .articles import ArticleAuthor, ArticlePage, ArticleTag, RelatedArticle
from .categories import CategoryIndexPage, CategoryPage
from .comments import BlocklistEntry, Comment
from .index import BlogIndexPage
from .wordpress import WordPressImport

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleTag",
    "BlocklistEntry",
    "BlogIndexPage",
    "CategoryIndexPage",
    "CategoryPage",
    "Comment",
    "RelatedArticle",
    "WordPressImport",
]
