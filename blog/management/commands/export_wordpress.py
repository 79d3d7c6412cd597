"""`manage.py export_wordpress OUT.xml [--media-dir DIR]`: the blog as a WordPress export."""

from pathlib import Path

from django.core.management.base import BaseCommand

from blog.wordpress.exporter import WXRExporter


class Command(BaseCommand):
    help = "Write the blog (articles, categories, tags, experts, comments) as a WXR file."

    def add_arguments(self, parser):
        parser.add_argument("out", help="The WXR file to write.")
        parser.add_argument("--media-dir", help="Copy the articles' images into this folder.")

    def handle(self, *args, **options):
        media_dir = Path(options["media_dir"]) if options["media_dir"] else None
        with open(options["out"], "w", encoding="utf-8") as out:
            count = WXRExporter(out, media_dir).run()
        self.stdout.write(f"{count} article(s) written to {options['out']}")
