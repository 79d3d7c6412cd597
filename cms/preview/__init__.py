"""Previewing drafts in the readers' frontend: the token store, the `preview/` endpoint and the
draft's representation (docs/preview.md). A side app: it depends on the core only, and each
page type says through the registry how its draft is loaded (cms.registry.PageType.load_draft).
"""
