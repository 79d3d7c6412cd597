"""Learner accounts (django-allauth, headless) and CE/CME credit (lessons/credit, docs/credit.md).

Learners sign up and in through allauth's JSON API (`/_allauth/browser/v1/` for browsers with
a session and CSRF, `/_allauth/app/v1/` for apps with session tokens) or through its own
server-rendered pages at /accounts/. Staff keep the Wagtail admin's sign-in, with two-factor.
"""

from .env import env_int, env_list, env_str

ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*"]
ACCOUNT_UNIQUE_EMAIL = True
# A learner may sign in and study before verifying; a certificate waits for a verified email.
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key", "signup": "20/m/ip"}
ACCOUNT_ADAPTER = "lessons.credit.accounts.LearnerAccountAdapter"
LOGIN_REDIRECT_URL = "/learn/"
LOGIN_URL = "/accounts/login/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

HEADLESS_ONLY = False  # the reader site uses allauth's own pages; frontends use its API
HEADLESS_CLIENTS = ("browser", "app")
HEADLESS_SERVE_SPECIFICATION = False

# The certificate credential (VC-JWT, Ed25519). In production CREDENTIAL_SIGNING_KEYS names
# one or more PEM files, the first signing, the others kept only to verify older credentials
# (rotation); CREDENTIAL_SIGNING_KEY_PEM holds one key inline. With neither, development and
# tests generate a key into CREDENTIAL_DEV_KEY_FILE.
CREDENTIAL_SIGNING_KEYS = env_list("CREDENTIAL_SIGNING_KEYS")
CREDENTIAL_SIGNING_KEY_PEM = env_str("CREDENTIAL_SIGNING_KEY_PEM", "")
CREDENTIAL_DEV_KEY_FILE = env_str("CREDENTIAL_DEV_KEY_FILE", "")
CREDENTIAL_ISSUER_URL = env_str("CREDENTIAL_ISSUER_URL", "")  # defaults to the site's root URL

# Public verification by code: throttled so that codes cannot be enumerated.
CERTIFICATE_LOOKUP_RATE = env_str("CERTIFICATE_LOOKUP_RATE", "30/minute")
# Seconds of a lesson's video a learner must reach, as a share, before it can be completed.
LESSON_COMPLETION_SHARE = 0.9
CREDIT_MAX_TEXT_ANSWER = env_int("CREDIT_MAX_TEXT_ANSWER", 4000)
