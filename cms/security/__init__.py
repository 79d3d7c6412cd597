"""Request-level protections that are not a feature of their own: the Content-Security-Policy
and the admin sign-in lockout (docs/security.md)."""
