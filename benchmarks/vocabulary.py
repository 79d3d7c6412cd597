"""Word lists and a seeded text generator for the benchmark site.

The text only has to look like the publisher's prose to a search index: realistic lengths, a
clinical vocabulary, titles that share words (so autocomplete has work to do). Two words are
placed by construction so the search cases mean the same thing at every size:

- RARE_TERM appears in the body of exactly RARE_COUNT articles ("a term in 20 of 10k pages");
- COMMON_WORD appears in nearly every article (COMMON_SHARE of them), the worst case for ranking.
"""

import random

RARE_TERM = "allostasis"
RARE_COUNT = 20
COMMON_WORD = "practice"
COMMON_SHARE = 0.95
SUGGEST_PREFIX = "regul"  # the start of "regulation", a frequent title word

TITLE_OPENERS = [
    "Understanding",
    "Rethinking",
    "Working with",
    "Five questions about",
    "A clinician's guide to",
    "When clients describe",
    "What research says about",
    "Teaching clients about",
    "Notes on",
    "The quiet work of",
]
TITLE_SUBJECTS = [
    "emotion regulation",
    "regulation of arousal",
    "shame in the therapy room",
    "sleep after trauma",
    "panic in the body",
    "the window of tolerance",
    "self-compassion for clinicians",
    "attachment in adult couples",
    "grief that will not settle",
    "rumination and worry",
    "dissociation in session",
    "the vagus nerve",
    "mindful breathing",
    "chronic pain and mood",
    "burnout on the ward",
    "anger and its messages",
    "adolescent anxiety",
    "memory reconsolidation",
    "moral injury",
    "regulation through movement",
    "the stress response",
    "loneliness in later life",
    "intrusive thoughts",
    "perfectionism",
]
TITLE_CLOSERS = [
    "",
    "in brief",
    "for new therapists",
    "in primary care",
    "across the lifespan",
    "in group work",
    "after a crisis",
]

SENTENCE_SUBJECTS = [
    "The client",
    "A therapist",
    "Many clinicians",
    "The nervous system",
    "Early research",
    "A careful assessment",
    "The treatment plan",
    "Supervision",
    "A brief exercise",
    "The body",
    "The family",
    "A trauma history",
]
SENTENCE_VERBS = [
    "often reveals",
    "quietly shapes",
    "can soften",
    "tends to amplify",
    "helps to name",
    "rarely explains",
    "may protect against",
    "invites curiosity about",
    "slowly rebuilds",
    "makes room for",
]
SENTENCE_OBJECTS = [
    "the pattern of avoidance",
    "a felt sense of safety",
    "the urge to withdraw",
    "hypervigilance at night",
    "the story behind the symptom",
    "a steadier heart rate",
    "old beliefs about worth",
    "the pace of disclosure",
    "the rhythm of breathing",
    "the edges of tolerance",
    "attention to sensation",
    "the bond with the therapist",
]
SENTENCE_TAILS = [
    "",
    "over several sessions",
    "when the pace is slow enough",
    "in the first months of treatment",
    "even when progress feels uneven",
    "without forcing insight",
    "as trust grows",
]

TAG_WORDS = [
    "anxiety",
    "trauma",
    "sleep",
    "shame",
    "grief",
    "attachment",
    "couples",
    "adolescents",
    "burnout",
    "supervision",
    "somatic",
    "neuroscience",
    "breathing",
    "pain",
    "depression",
    "self-compassion",
    "mindfulness",
    "assessment",
    "ethics",
    "group work",
    "primary care",
    "crisis",
    "resilience",
    "memory",
    "movement",
    "loneliness",
    "perfectionism",
    "anger",
    "dissociation",
    "research",
]
FIRST_NAMES = ["Ada", "Ravi", "Noor", "Tomas", "Lena", "Kwame", "Mei", "Jonas", "Ines", "Omar"]
LAST_NAMES = ["Hale", "Mensah", "Varga", "Okoro", "Lindqvist", "Tan", "Moreau", "Iyer", "Brandt"]
CREDENTIALS = ["PhD", "PsyD", "MD", "LCSW", "LPC", "PhD, LMFT", "MD, MPH", "RN, PMHNP"]
PROFESSIONS = ["Psychology", "Social work", "Psychiatry", "Counselling", "Nursing", "Medicine"]
COUNTRIES = ["Ireland", "Canada", "United States", "Australia", "Kenya", "India", "Germany"]
COMMENT_LINES = [
    "Thank you, this helped me prepare for supervision.",
    "I shared the breathing exercise with a client this week and it landed well.",
    "Could you say more about pacing when the client is overwhelmed?",
    "This matches what I see on the ward, especially at night.",
    "A useful reminder to slow down before offering interpretations.",
    "I would love a follow-up on working with adolescents.",
]


class TextMaker:
    """Seeded sentences and paragraphs, so a rebuild at the same size gives the same site."""

    def __init__(self, seed: int = 2026):
        self.random = random.Random(seed)  # noqa: S311 -- seeded site text, not a secret

    def choice(self, items):
        return self.random.choice(items)

    def sample(self, items, k: int):
        return self.random.sample(items, k)

    def title(self, number: int) -> str:
        parts = [
            self.choice(TITLE_OPENERS),
            self.choice(TITLE_SUBJECTS),
            self.choice(TITLE_CLOSERS),
        ]
        return " ".join(part for part in parts if part) + f" ({number})"

    def sentence(self, extra: str = "") -> str:
        parts = [
            self.choice(SENTENCE_SUBJECTS),
            self.choice(SENTENCE_VERBS),
            self.choice(SENTENCE_OBJECTS),
            self.choice(SENTENCE_TAILS),
        ]
        if extra:
            parts.append(extra)
        return " ".join(part for part in parts if part) + "."

    def paragraph(self, sentences: int, extra: str = "") -> str:
        words = [self.sentence() for _ in range(sentences - 1)]
        words.insert(self.random.randrange(sentences), self.sentence(extra))
        return " ".join(words)
