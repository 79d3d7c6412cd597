"""The labelled relevance set over the demo content (demo/data): a reader's query, and the
pages (kind, slug) a reasonable reader expects among the first five results.

Written from the demo texts, not from the engine's output: each expected page is the one
whose title or subject answers the query. Queries cover plain topics, synonyms, stemming,
phrases, authors, lessons (transcripts) and courses.
"""

CASES = [
    ("PTSD", [("article", "understanding-ptsd-beyond-the-checklist")]),
    ("post-traumatic stress", [("article", "understanding-ptsd-beyond-the-checklist")]),
    (
        "anxious",
        [
            ("article", "the-anxious-brain-at-a-glance"),
            ("article", "moving-the-body-to-settle-an-anxious-mind"),
        ],
    ),
    (
        "anxiety",
        [
            ("article", "fear-and-anxiety-are-not-the-same-thing"),
            ("course", "mindfulness-for-anxiety"),
            ("lesson", "what-anxiety-is-trying-to-do"),
        ],
    ),
    ("sleep", [("article", "sleep-after-trauma")]),
    ("vagus nerve", [("article", "the-vagus-nerve-without-the-hype")]),
    ("polyvagal", [("article", "the-vagus-nerve-without-the-hype")]),
    ("self-compassion", [("article", "self-compassion-is-not-self-indulgence")]),
    (
        "shame",
        [
            ("article", "working-with-shame-in-early-sessions"),
            ("lesson", "working-with-shame-without-adding-to-it"),
        ],
    ),
    ("perfectionist", [("article", "the-perfectionism-trap-in-high-achievers")]),
    ("burnout", [("article", "burnout-is-not-a-personal-failing")]),
    ("telehealth", [("article", "what-the-pandemic-taught-us-about-telehealth")]),
    ("long covid", [("article", "long-covid-fatigue-and-mood")]),
    ("chronic pain and trauma", [("article", "chronic-pain-and-a-history-of-trauma")]),
    ("exercise for depression", [("article", "prescribing-movement-for-depression")]),
    ("racial trauma", [("article", "naming-racial-trauma-in-the-therapy-room")]),
    ("clinical supervision", [("article", "antiracism-in-clinical-supervision")]),
    ("EMDR", [("article", "choosing-among-trauma-therapies")]),
    (
        "window of tolerance",
        [
            ("article", "window-of-tolerance-infographic"),
            ("lesson", "safety-cues-and-the-window-of-tolerance"),
        ],
    ),
    ("grounding skills", [("article", "grounding-skills-for-the-first-session")]),
    ("breathing space", [("article", "a-breathing-space-between-sessions")]),
    ("neuroplasticity", [("article", "what-neuroplasticity-can-and-cannot-promise")]),
    (
        "amygdala",
        [
            ("article", "how-fear-is-learned-and-unlearned"),
            ("article", "the-anxious-brain-at-a-glance"),
        ],
    ),
    (
        "couples attachment",
        [
            ("article", "attachment-in-the-couple-room"),
            ("article", "repairing-ruptures-between-partners"),
        ],
    ),
    ("holiday grief", [("article", "when-the-holidays-are-hard")]),
    ("spiritual resources", [("article", "spirituality-as-a-resource-in-therapy")]),
    ("scholarship", [("article", "why-we-fund-training-for-community-clinicians")]),
    ("Maya Okafor", [("expert", "maya-okafor")]),
    ("Helen Lindqvist", [("expert", "helen-lindqvist")]),
    ("mindfulness course for anxiety", [("course", "mindfulness-for-anxiety")]),
    ("vicarious trauma", [("lesson", "sustaining-the-clinician")]),
    (
        "trauma-informed care",
        [("course", "trauma-informed-care"), ("lesson", "what-trauma-informed-really-means")],
    ),
    ("depressive relapse", [("article", "mindfulness-and-depressive-relapse")]),
    ("exposure therapy", [("article", "exposure-therapy-with-a-compassionate-frame")]),
    ("body remembers threat", [("article", "why-the-body-remembers-threat")]),
    ("pain science", [("article", "pain-is-always-real")]),
    ("worry", [("lesson", "relating-differently-to-worry")]),
    ("how fear is learned", [("article", "how-fear-is-learned-and-unlearned")]),
    ("somatic tracking", [("article", "somatic-tracking-for-persistent-pain")]),
    ("panic", [("lesson", "adapting-practice-for-panic-and-trauma")]),
    ("depression and the brain", [("article", "how-depression-shows-up-in-the-brain")]),
    (
        "infographic",
        [
            ("article", "window-of-tolerance-infographic"),
            ("article", "the-anxious-brain-at-a-glance"),
        ],
    ),
    ("trauma therapies", [("article", "choosing-among-trauma-therapies")]),
]
