"""Security (docs/security.md): sign-in, lockout, two-factor, uploads and Content-Security-Policy.

One file so that a security review reads every policy the project sets in one place;
production.py adds only the transport settings (HTTPS, HSTS, secure cookies) on top.
"""

from datetime import timedelta

from .content import WAGTAIL_SITE_NAME
from .env import env_bool, env_int, env_list

# Axes first: a locked-out client is refused before its password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",  # learners sign in by email too
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Uploads. Wagtail refuses bigger files, more pixels (all frames of an animation counted) and
# other extensions before anything is stored; its format check also refuses a file whose
# content does not match its extension. SVG is refused: it can carry scripts.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_MEGAPIXELS", 40) * 1000 * 1000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The image form that counts every frame of an animation and refuses an unreadable file
# as a form error (cms/security/image_upload.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.security.image_upload.GuardedImageForm"
# Documents go through Django (even from object storage) so that every one is sent with its
# own content type, nosniff and, except PDFs, as an attachment the browser will not render.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
SECURE_CONTENT_TYPE_NOSNIFF = True

# Admin sign-in: django-axes locks a username from an address after AXES_FAILURE_LIMIT
# failures, and an address after AXES_IP_FAILURE_LIMIT failures whatever the usernames (a
# password spray), for AXES_COOLOFF_TIME; `manage.py axes_reset` unlocks.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_IP_FAILURE_LIMIT = env_int("AXES_IP_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_HANDLER = "cms.security.login_attempts.LoginAttemptHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
# Behind N reverse proxies the client is the Nth address from the right of X-Forwarded-For.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "cms.client_address.client_ip"

# Two-factor authentication (cms/two_factor): any admin user may enrol an authenticator app;
# with ADMIN_2FA_REQUIRED every admin user must before reaching any other admin page.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Content-Security-Policy (cms/security/csp.py): a strict one for reader pages, a looser one
# for the Wagtail admin (its inline panels and widgets use inline scripts and styles).
_VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
_MEDIA_SOURCES = env_list("CSP_MEDIA_SOURCES", [])  # e.g. the CDN or bucket serving media
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_SOURCES],
        "media-src": ["'self'", "https:", *_MEDIA_SOURCES],  # video blocks may link any file
        "frame-src": _VIDEO_PLAYERS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *_MEDIA_SOURCES],
        "font-src": ["'self'", "data:"],
        # The preview panel shows drafts from this server (and FRONTEND_URL's origin, which
        # the middleware adds).
        "frame-src": ["'self'", *_VIDEO_PLAYERS],
    }
}
ADMIN_CSP_PATH_PREFIXES = ["/admin/", "/django-admin/", "/api/docs/"]
# The admin's browser talks to this server only: no avatars from Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
