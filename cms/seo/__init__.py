"""SEO for any page, shared by the detail endpoints, `route/` and the reader templates' head:
title, description, canonical URL, Open Graph, Twitter card and schema.org JSON-LD.

`meta` builds the tags, `json_ld` the structured data, `publisher` what the organisation
settings say about the publisher, `html` the same data as `<head>` markup, `person` an
expert's page (experts are snippets, not pages: their SEO reads the expert alone).
"""

from cms.seo.meta import seo_data
from cms.seo.person import expert_seo

__all__ = ["expert_seo", "seo_data"]
