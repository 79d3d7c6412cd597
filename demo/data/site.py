"""Site-wide settings: identity, contact details, menus and the crisis notice."""

from demo.shapes import SiteData

SITE: SiteData = {
    "name": "The Institute for Clinical Practice",
    "tagline": "Better outcomes. More quickly.",
    "address": (
        "The Institute for Clinical Practice\n"
        "1200 Harbor View Road, Suite 410\n"
        "Millbrook, CT 06999\n"
        "United States"
    ),
    "phone": "+1 555 0100",
    "fax": "+1 555 0101",
    "email": "info@example.org",
    "social": [
        {"platform": "facebook", "url": "https://www.facebook.com/example"},
        {"platform": "x", "url": "https://x.com/example"},
        {"platform": "linkedin", "url": "https://www.linkedin.com/company/example"},
        {"platform": "youtube", "url": "https://www.youtube.com/@example"},
    ],
    "main_menu": [
        {"label": "Home", "path": "/"},
        {"label": "Courses", "path": "/courses/"},
        {"label": "Blog", "path": "/blog/"},
        {"label": "Topics", "path": "/topics/"},
        {"label": "Earn CE/CMEs", "url": "/learn/"},
        {"label": "Contact", "url": "https://example.org/contact"},
    ],
    "footer_menu": [
        {"label": "FAQs", "url": "https://example.org/faq"},
        {"label": "Contact Us", "url": "https://example.org/contact"},
        {"label": "Courses", "path": "/courses/"},
        {"label": "Claim CE/CMEs", "url": "/learn/"},
        {"label": "Accreditation", "url": "https://example.org/accreditation"},
        {"label": "Hiring", "url": "https://example.org/careers"},
        {"label": "Sitemap", "url": "https://example.org/sitemap"},
        {"label": "Privacy Policy", "url": "https://example.org/privacy"},
        {"label": "Terms of Use", "url": "https://example.org/terms"},
    ],
    "crisis_text": (
        "If you or someone with you is in immediate danger, call 911 or your local emergency "
        "number now. In the United States you can also call or text 988 at any hour to reach "
        "the 988 Suicide & Crisis Lifeline."
    ),
    "crisis_phone": "988",
}
