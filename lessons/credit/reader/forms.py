"""The reader pages' forms: they turn posted fields into what the credit services take.

The forms check only what a browser form can get wrong (a box left empty, a number that is
not one); every rule of the credit room itself (the 90 % rule, the pass mark, the order of
the steps) stays in the services, whose messages the pages show as form errors.
"""

import random

from django import forms

from lessons.credit.errors import CreditError
from lessons.models import Profession

RATINGS = [
    (1, "1 (strongly disagree)"),
    (2, "2 (disagree)"),
    (3, "3 (neither agree nor disagree)"),
    (4, "4 (agree)"),
    (5, "5 (strongly agree)"),
]


def add_credit_error(form: forms.Form, error: CreditError) -> None:
    """A service's refusal, shown next to the field it names, or above the form."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


class ReaderForm(forms.Form):
    """Labels without Django's trailing colon, as on the rest of the reader site."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class ProfileForm(ReaderForm):
    legal_name = forms.CharField(
        max_length=200,
        required=False,
        help_text="Your name as your licensing board knows it: it is printed on certificates.",
    )
    profession = forms.ChoiceField(
        choices=[("", "Choose your profession"), *Profession.choices], required=False
    )
    licence_number = forms.CharField(
        max_length=60, required=False, help_text="Optional; printed on certificates when given."
    )
    licence_jurisdiction = forms.CharField(
        max_length=100,
        required=False,
        label="Licensing jurisdiction",
        help_text="The state, province or country that licensed you.",
    )

    def profile_data(self) -> dict:
        data = dict(self.cleaned_data)
        if not data["profession"]:
            del data["profession"]  # the service refuses a blank profession; keep the old one
        return data


class ProgressForm(ReaderForm):
    """Where the learner has watched to; the lesson player's script fills it from the video."""

    position_seconds = forms.IntegerField(
        min_value=0, label="Watched up to (seconds)", widget=forms.NumberInput(attrs={"step": 1})
    )


class PostTestForm(ReaderForm):
    """One field per question, named by its id, with its choices in a fresh random order.

    Only choice ids and texts reach the page: whether a choice is right stays on the server.
    """

    def __init__(self, questions, *args, rng: random.Random | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        rng = rng or random.SystemRandom()
        self.questions = list(questions)
        for number, question in enumerate(self.questions, start=1):
            choices = [(choice.id, choice.value["text"]) for choice in question.choices]
            rng.shuffle(choices)
            multiple = question.kind == "multiple"
            field_class = forms.MultipleChoiceField if multiple else forms.ChoiceField
            widget = forms.CheckboxSelectMultiple if multiple else forms.RadioSelect
            field = field_class(
                choices=choices,
                widget=widget,
                label=question.prompt,
                help_text="Tick every answer that applies." if multiple else "",
                error_messages={"required": f"Answer question {number}."},
            )
            self.fields[self.field_name(question)] = field

    @staticmethod
    def field_name(question) -> str:
        return f"question-{question.pk}"

    def answers(self) -> dict[str, list[str]]:
        answers = {}
        for question in self.questions:
            value = self.cleaned_data[self.field_name(question)]
            answers[str(question.pk)] = value if isinstance(value, list) else [value]
        return answers


class EvaluationForm(ReaderForm):
    """Ratings from 1 to 5 and free text, one field per evaluation item."""

    def __init__(self, items, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        for item in self.items:
            if item.kind == "rating":
                field: forms.Field = forms.TypedChoiceField(
                    choices=RATINGS,
                    coerce=int,
                    widget=forms.RadioSelect,
                    required=item.required,
                    error_messages={"required": "Choose a rating for this statement."},
                )
            else:
                field = forms.CharField(
                    widget=forms.Textarea(attrs={"rows": 4}),
                    required=item.required,
                    error_messages={"required": "Answer this question."},
                )
            field.label = item.prompt
            self.fields[f"item-{item.pk}"] = field

    def answers(self) -> dict:
        return {str(item.pk): self.cleaned_data[f"item-{item.pk}"] for item in self.items}


class ClaimForm(ReaderForm):
    credit_type = forms.ChoiceField(label="Credit type")
    hours = forms.DecimalField(
        min_value=0.25,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"step": "0.25"}),
        help_text="In quarter hours, at most the hours the course carries.",
    )
    attestation = forms.BooleanField(
        label="I attest that I took part in this course for the hours I claim.",
        error_messages={"required": "Tick the attestation to claim credit."},
    )

    def __init__(self, course, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["credit_type"].choices = [  # type: ignore[attr-defined]
            (credit.code, f"{credit.name} ({credit.code})") for credit in course.credit_types.all()
        ]
        self.fields["hours"].initial = course.credit_hours
        if course.credit_hours is not None:
            self.fields["hours"].widget.attrs["max"] = str(course.credit_hours)
