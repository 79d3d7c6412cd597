"""Post HTML as article blocks: WordPress's markup quirks, and sanitising."""

from types import SimpleNamespace

from blog.wordpress.html_blocks import html_to_blocks

DIAGRAM = SimpleNamespace(pk=7, title="Diagram", description="")


def find_image(src, attachment_id):
    return DIAGRAM if attachment_id == "7" or src.endswith("/diagram.png") else None


def convert(html, old_site=""):
    result = html_to_blocks(html, find_image, old_site)
    return [(b["type"], b["value"]) for b in result.blocks], result.warnings


def test_classic_editor_blank_lines_are_paragraphs():
    blocks, _ = convert("First line\nsame paragraph\n\nSecond paragraph\n\n<h3>Then a heading</h3>")
    assert blocks == [
        ("paragraph", "<p>First line<br/>\nsame paragraph</p>"),
        ("paragraph", "<p>Second paragraph</p>"),
        ("heading", "Then a heading"),
    ]


def test_block_editor_markup_is_read_as_is():
    html = (
        "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:embed {"url":"https://vimeo.com/76979871"} -->\n'
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
        "https://vimeo.com/76979871\n</div><figcaption>A talk</figcaption></figure>\n"
        "<!-- /wp:embed -->"
    )
    blocks, _ = convert(html)
    assert blocks == [
        ("paragraph", "<p>One</p>"),
        ("video", {"url": "https://vimeo.com/76979871", "caption": "A talk"}),
    ]


def test_scripts_handlers_and_javascript_links_are_removed():
    html = (
        '<p onmouseover="x()">Safe <a href="javascript:alert(1)">text</a>'
        '<img src="https://tracker.example/p.gif" onerror="x()"></p>'
        '<script>alert(1)</script><style>p{}</style><iframe src="javascript:x"></iframe>'
    )
    blocks, warnings = convert(html)
    assert blocks == [("paragraph", "<p>Safe <a>text</a></p>")]
    assert any("tracker.example" in warning for warning in warnings)  # not an import: dropped


def test_iframes_become_video_blocks_and_unknown_embeds_stay_as_links():
    html = (
        '<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ"></iframe>'
        '<iframe src="https://maps.example/embed?x=1"></iframe>'
    )
    blocks, warnings = convert(html)
    assert blocks[0] == (
        "video",
        {"url": "https://www.youtube.com/embed/aqz-KE-bpKQ", "caption": ""},
    )
    assert blocks[1][0] == "paragraph"
    assert 'href="https://maps.example/embed?x=1"' in blocks[1][1]
    assert "embed https://maps.example/embed?x=1 is not a known video" in warnings[0]


def test_images_without_alt_text_are_marked_decorative_with_a_warning():
    blocks, warnings = convert('<p>Before <img class="wp-image-7" src="/x.png"> after</p>')
    assert blocks == [
        ("paragraph", "<p>Before  after</p>"),
        ("image", {"image": 7, "alt_text": "", "decorative": True, "caption": ""}),
    ]
    assert "image 'Diagram' has no alt text" in warnings[0]


def test_gallery_and_resized_copies_lead_to_the_imported_image():
    blocks, _ = convert('[gallery ids="7"]\n\n<img src="https://old.org/up/diagram.png" alt="A">')
    assert [value["image"] for kind, value in blocks if kind == "image"] == [7, 7]


def test_unknown_shortcodes_are_kept_as_text_and_reported():
    blocks, warnings = convert('[contact-form id="3"]Write to us[/contact-form]')
    assert "Write to us" in blocks[0][1]
    assert warnings == ["shortcodes left as text (no equivalent here): contact-form"]


def test_tables_and_code_are_kept_as_text():
    blocks, _ = convert("<table><tr><th>Dose</th><td>5 mg</td></tr></table><pre>a &lt; b\nc</pre>")
    assert blocks == [("paragraph", "<p>Dose | 5 mg</p>"), ("paragraph", "<p>a &lt; b<br/>c</p>")]


def test_links_to_the_old_site_become_relative():
    blocks, _ = convert(
        '<p><a href="https://old.org/2020/01/x/">x</a> <a href="https://old.org">home</a> '
        '<a href="https://old.org.evil/">not ours</a></p>',
        old_site="https://old.org",
    )
    html = blocks[0][1]
    assert 'href="/2020/01/x/"' in html
    assert 'href="/"' in html
    assert 'href="https://old.org.evil/"' in html
