"""Retrain the comment spam model from the labelled corpus, or prove the stored one is current.

`--check` is for CI: it trains afresh and fails if the committed spam-model.json differs, so the
weights in the repository are always the ones the corpus in the repository produces.
"""

from django.core.management.base import BaseCommand, CommandError

from blog.comments.moderation import spam_model, spam_model_training


class Command(BaseCommand):
    help = "Train the comment spam model from blog/comments/moderation/corpus/comments.jsonl."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Exit non-zero if the stored model differs from a fresh training; write nothing.",
        )

    def handle(self, *args, check=False, **options):
        model = spam_model_training.train_from_corpus()
        text = spam_model_training.serialise(model)
        path = spam_model.MODEL_PATH
        corpus = model["corpus"]
        summary = f"{corpus['rows']} comments ({corpus['spam']} spam), sha256 {corpus['sha256']}"
        if check:
            stored = path.read_text(encoding="utf-8") if path.exists() else ""
            if stored != text:
                raise CommandError(
                    f"{path.name} is not what the corpus trains to ({summary}). "
                    "Run `manage.py train_spam_model` and commit the result."
                )
            self.stdout.write(self.style.SUCCESS(f"{path.name} is current: {summary}"))
            return
        path.write_text(text, encoding="utf-8")
        spam_model.load_model.cache_clear()
        size = len(text.encode()) / 2**20
        self.stdout.write(self.style.SUCCESS(f"Wrote {path.name} ({size:.1f} MB) from {summary}"))
