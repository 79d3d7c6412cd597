"""Two-factor authentication for the Wagtail admin, built on django-otp's TOTP devices.

Any admin user can enrol an authenticator app (Account → More actions → Two-factor
authentication). From then on a password alone opens nothing: after signing in they are asked
for the app's current code before any admin page, and until then their session counts as
signed out on the reader site too. With `ADMIN_2FA_REQUIRED` on, a user without an app is sent
to enrol before any other admin page. docs/security.md explains the whole flow.
"""
