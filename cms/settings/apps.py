"""Which apps run and in what order requests pass through the middleware.

Kept apart from the values the apps read because the order here is itself behaviour: template
and static lookups follow INSTALLED_APPS, and each middleware relies on the ones above it.
"""

INSTALLED_APPS = [
    "cms",
    "cms.preview",
    "cms.webhooks",
    "cms.security",
    "cms.two_factor",
    "cms.backup",
    "blog",
    "blog.comments",
    "lessons",
    "lessons.credit",
    "search.apps.SearchConfig",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks_db",
    "axes",  # admin login lockout (docs/security.md)
    "django_otp",  # two-factor authentication for the admin (cms/two_factor)
    "django_otp.plugins.otp_totp",
    "csp",  # Content-Security-Policy (cms/security/csp.py)
    "wagtail.api.v2",
    "allauth",  # learner accounts (cms/settings/learners.py)
    "allauth.account",
    "allauth.headless",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.security.csp.SitePolicyMiddleware",  # Content-Security-Policy (docs/security.md)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions and auth: a cached API response is answered without them.
    "cms.response_cache.ResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.two_factor.middleware.AdminTwoFactorMiddleware",  # after auth: needs request.user
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.reader_redirects.VisibleRedirectMiddleware",  # Wagtail's, never to a hidden page
    # WordPress's /?p=123 addresses, which land on the home page (blog/wordpress/redirects.py)
    "blog.wordpress.redirects.WordPressQueryRedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into its response
]
