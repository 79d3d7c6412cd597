"""The export is read as a stream: memory stays bounded whatever the file's size."""

import tracemalloc

from blog.wordpress.items import Item
from blog.wordpress.wxr import WXRReader

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><wp:wxr_version>1.2</wp:wxr_version>
"""
PARAGRAPH = "<p>Slow breathing lengthens the exhale and settles the body. </p>" * 30


def write_large_export(path, posts: int) -> None:
    with path.open("w") as out:
        out.write(HEAD)
        for n in range(posts):
            out.write(
                f"<item><title>Post {n}</title><wp:post_id>{n}</wp:post_id>"
                f"<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
                f"<content:encoded><![CDATA[{PARAGRAPH}]]></content:encoded>"
                f"<wp:comment><wp:comment_id>{n}</wp:comment_id><wp:comment_content>"
                f"Thank you</wp:comment_content></wp:comment></item>\n"
            )
        out.write("</channel></rss>\n")


def test_parsing_a_large_export_uses_bounded_memory(tmp_path):
    path = tmp_path / "large.xml"
    write_large_export(path, posts=3000)
    size = path.stat().st_size
    assert size > 6_000_000

    tracemalloc.start()
    try:
        seen = 0
        for record in WXRReader(path):
            item = Item.from_record(record)
            seen += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert seen == 3000
    assert item.title == "Post 2999"
    assert len(item.comments) == 1
    assert item.line == 3005  # five header lines, then one item a line
    # Holding the file (or its tree) would take several times its size.
    assert peak < size / 10, f"peak {peak} bytes for a {size} byte file"
