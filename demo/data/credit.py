"""The credit room of the demo: who may claim each credit type, what a course costs, and each
course's post-test and evaluation.

The evaluations ask what accreditors audit (APA, ASWB ACE, NBCC, ANCC and ACCME all want to
know that objectives were met, that the content serves practice, that it was free of
commercial bias and that the presenters were effective) and what a learner means to change
in their practice, the outcome those accreditors ask providers to follow up.
"""

from demo.shapes import EvaluationData, EvaluationItemData, PostTestData, PriceData

from .courses import COURSES
from .credit_post_tests import MINDFULNESS_QUESTIONS, TRAUMA_QUESTIONS

# Profession codes (lessons.models.Profession) that may claim each credit type. Social work
# and marriage and family therapy are licensed by the same board in many states, and those
# boards take ASWB ACE hours from both; the other accreditors serve one profession each.
ELIGIBLE_PROFESSIONS: dict[str, list[str]] = {
    "APA": ["psychologist"],
    "ASWB": ["social_worker", "mft"],
    "NBCC": ["counselor"],
    "ANCC": ["nurse"],
    "ACCME": ["physician"],
}

# One course is sold (its enrolment stays open: payment itself is out of scope, docs say where
# it plugs in); the other is free, and its JSON-LD says so.
PRICES: dict[str, PriceData] = {
    "trauma-informed-care": {"price": "89.00", "currency": "USD"},
}

# The course the demo learner (`manage.py ensure_demo_learner`) has completed, and the credit
# they claimed for it.
LEARNER_COURSE = "mindfulness-for-anxiety"
LEARNER_CREDIT_TYPE = "APA"

INSTRUCTIONS = (
    "Answer every question; some ask you to tick every right answer. You need {pass_mark} % "
    "to pass and have {attempt_limit} attempts. After a pass, or your last attempt, each "
    "question shows an explanation pointing back to the lesson that covers it."
)


def post_test(questions, pass_mark: int = 75, attempt_limit: int = 3) -> PostTestData:
    return {
        "pass_mark": pass_mark,
        "attempt_limit": attempt_limit,
        "instructions": INSTRUCTIONS.format(pass_mark=pass_mark, attempt_limit=attempt_limit),
        "questions": questions,
    }


POST_TESTS: dict[str, PostTestData] = {
    "mindfulness-for-anxiety": post_test(MINDFULNESS_QUESTIONS),
    "trauma-informed-care": post_test(TRAUMA_QUESTIONS),
}


def rating(prompt: str) -> EvaluationItemData:
    return {"kind": "rating", "prompt": prompt, "required": True}


def text(prompt: str, required: bool = False) -> EvaluationItemData:
    return {"kind": "text", "prompt": prompt, "required": required}


def evaluation(presenters: str, objectives: list[str]) -> EvaluationData:
    """Rate each objective, then the questions every accreditor asks, then free text."""
    return {
        "intro": (
            "Please tell us how the course worked for you. Ratings run from 1 (strongly "
            "disagree) to 5 (strongly agree). Your answers are read by the education team "
            "and, in summary only, by our accreditors; they never change your certificate."
        ),
        "items": [
            *(rating(f"The course met this objective: {objective}") for objective in objectives),
            rating("The content is relevant to my clinical practice."),
            rating(
                "The course was free of commercial bias: it promoted no product, service or "
                "company, and any treatment it discussed was presented fairly."
            ),
            rating(f"{presenters} presented the material clearly and knew their subject."),
            rating("The videos, transcripts and post-test were a good way to learn this material."),
            text("What will you change in your practice as a result of this course?", True),
            text("Which topics would you like future courses to cover?"),
            text("Anything else you would like us to know?"),
        ],
    }


PRESENTERS = {
    "mindfulness-for-anxiety": "Priya Raman and Daniel Reyes",
    "trauma-informed-care": "Maya Okafor and Grace Nakamura",
}

# Each demo course's evaluation, its objective items taken from the course's own list.
EVALUATIONS: dict[str, EvaluationData] = {
    course["slug"]: evaluation(PRESENTERS[course["slug"]], course["objectives"])
    for course in COURSES
}
