"""`manage.py import_wordpress EXPORT.xml [--media-dir DIR] [--dry-run]`: see
docs/wordpress-import.md."""

from django.core.management.base import BaseCommand, CommandError

from blog.wordpress.importer import ImportSetupError, WordPressImporter
from blog.wordpress.wxr import WXRError


class Command(BaseCommand):
    help = "Import a WordPress export (WXR): posts, categories, tags, authors, comments, media."

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WXR file from WordPress (Tools → Export).")
        parser.add_argument(
            "--media-dir",
            help="A copy of the site's wp-content/uploads folder; attachments are read from it.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen, change nothing."
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help="Show the progress bar even when stderr is not a terminal.",
        )

    def handle(self, *args, **options):
        importer = WordPressImporter(
            options["export"],
            media_dir=options["media_dir"],
            dry_run=options["dry_run"],
            progress=options["progress"],
            # The bar redraws its line with \r: it needs the raw stream, without the newline
            # Django's output wrapper adds to each write.
            stream=self.stderr._out,
        )
        try:
            report = importer.run()
        except (WXRError, ImportSetupError) as error:
            raise CommandError(f"{options['export']}: {error}") from None
        for warning in report.warnings:
            self.stderr.write(f"warning: {warning}")
        heading = "Dry run: nothing was saved. It would have done:" if options["dry_run"] else ""
        if heading:
            self.stdout.write(heading)
        for line in report.lines():
            self.stdout.write(line)
        if importer.error is not None:
            raise CommandError(f"{options['export']}: {importer.error}")
