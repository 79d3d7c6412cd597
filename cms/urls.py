from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from blog import feeds
from blog.comments.views import post_comment
from cms import api, expert_pages
from cms.image_serve import ImageServeView
from cms.sitemaps import robots_txt, sitemap_xml
from lessons.credit import urls as credit_urls
from search import views as search_views

# A database that is down is a quick 503 (JSON under /api/), never a stack trace.
handler500 = "cms.unavailable.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every image URL the API gives: signed, rendered on first request (cms/images.py)
    re_path(
        r"^images/([^/]+)/(\d+)/([^/]+)/[^/]*$",
        ImageServeView.as_view(),
        name="wagtailimages_serve",
    ),
    path("api/v2/", include(api.urlpatterns)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("search/", search_views.search, name="search"),
    # Experts are snippets, not pages: their readers' pages come before Wagtail's catch-all.
    path("experts/", expert_pages.expert_index, name="expert-index"),
    path("experts/<str:slug>/", expert_pages.expert_page, name="expert-page"),
    path("comments/post/", post_comment, name="comment-post"),
    # Learner accounts: allauth's JSON API for frontends and its own pages for the reader site
    path("_allauth/", include("allauth.headless.urls")),
    path("accounts/", include("allauth.urls")),
    path("learn/", include("lessons.credit.reader.urls")),
    path("", include(credit_urls)),
    # Feeds, sitemap and robots.txt (README "Feeds and sitemap")
    path("feeds/", include(feeds)),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots-txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
