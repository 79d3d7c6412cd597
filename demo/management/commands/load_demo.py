from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create the demo site (categories, experts, articles, courses, menus). Safe to re-run."

    def handle(self, *args, **options):
        created = DemoLoader(log=self.stdout.write).run()
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write("Demo content already present: nothing to do.")
