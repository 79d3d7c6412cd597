"""Concepts added after two blind rounds of comments written without sight of the rules.

Each case is a different wording of a concept the rounds exposed, not the comment that exposed
it, so a rule that only matched its own example would fail here. The calm cases use the same
words ordinarily: the concept must not swallow them.
"""

import pytest

from blog.comments.moderation.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "sorry to say I opened my eyes again this morning",
        "I'm so annoyed I survived last time",
        "lying in the tub wondering how long I could stay below the surface",
        "can't stop staring at the knife in the kitchen drawer",
        "I worked out how many tablets it would take",
        "stood on the multistorey roof picturing the way down",
        "I can't picture myself still alive next spring",
        "wouldn't even bother to move out of the way of a train",
        "been rehearsing my final exit all week",
        "I just don't want to keep breathing",
        "mi hermano dice que se va a suicidar",
        "waiting for my heart to give out, honestly",
        "the only reason I'm still breathing is my daughter",
        "researching the least painful way to go",
        "is this belt strong enough to hold my weight",
        "ripped my forearm open with a paper clip last night",
        "clean for two years but then the razor came out again",
        "my mum's boyfriend hits me when she's out",
        "my flatmate said he won't be here next month and gave away his guitar",
        "feeling super s/h tonight",
        "me gustaria dormirme y nunca mas despertar",
        "left my bank details for my sister. everything is in the top drawer",
    ],
)
def test_a_concept_from_the_blind_rounds_flags(text):
    assert detect_crisis(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "that exam is going to be the death of me",
        "the queue at the post office made me want to shoot myself lol",
        "if I sit through one more webinar I will jump out of the window",
        "my dog chewed my shoes, I'm going to strangle him",
        "my sister is going to murder me when she sees I borrowed her car",
        "mi madre me va a matar si llego tarde otra vez",
        "I cancelled my subscriptions and emptied the fridge before moving abroad",
        "waiting for my heart to stop pounding before the exam",
        "I used to self-harm years ago and I have been doing well since; recovery is real",
        "Say goodbye to back pain with our new supplement",
    ],
)
def test_the_same_words_used_ordinarily_do_not_flag(text):
    assert not detect_crisis(text).is_crisis, text
