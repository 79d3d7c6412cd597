"""Side-by-side benchmark of the content API against stock Wagtail API v2 (see README.md)."""
