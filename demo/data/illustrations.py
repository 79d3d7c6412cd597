"""What each demo illustration shows (demo/images.py draws it) and the alt text that says so.

Each entry is (motif, palette, alt). The drawing varies positions and phases with a seed taken
from the slug, never the motif or the colours, so every alt text stays true of its picture:
it names the motif and the palette's three colours on its background (demo.images.PALETTES).
Experts get abstract avatars, and their alt text says they are illustrations, not photographs.
"""

ARTICLE_ILLUSTRATIONS: dict[str, tuple[str, str, str]] = {
    "why-the-body-remembers-threat": ("waves", "dusk", "Abstract illustration: layered waves in indigo, plum and lilac rolling beneath a pale lavender sky."),
    "self-compassion-is-not-self-indulgence": ("circles", "dawn", "Abstract illustration: soft overlapping circles in coral, apricot and rose on a pale peach background."),
    "the-anxious-brain-at-a-glance": ("rings", "sea", "Abstract illustration: concentric rings in teal, seafoam and deep sea blue spreading outward like ripples on pale aqua."),
    "how-fear-is-learned-and-unlearned": ("path", "sage", "Abstract illustration: a pale winding path running up through layered sage, moss and olive hills under a cream sky."),
    "what-neuroplasticity-can-and-cannot-promise": ("steps", "meadow", "Abstract illustration: rounded blocks in leaf green, buttercup yellow and fern rising like steps from left to right on pale yellow."),
    "pain-is-always-real": ("rings", "sand", "Abstract illustration: concentric rings in terracotta, ochre and clay spreading out from one point on an ivory background."),
    "prescribing-movement-for-depression": ("hills", "meadow", "Abstract illustration: rolling hills in leaf green, buttercup yellow and fern, one behind another, under a pale yellow sky."),
    "understanding-ptsd-beyond-the-checklist": ("waves", "night", "Abstract illustration: layered waves in slate blue, moon white and soft gold beneath a deep navy sky."),
    "fear-and-anxiety-are-not-the-same-thing": ("circles", "stone", "Abstract illustration: overlapping translucent circles in charcoal, pebble grey and slate on a light grey background."),
    "attachment-in-the-couple-room": ("circles", "sand", "Abstract illustration: warm overlapping circles in terracotta, ochre and clay on an ivory background."),
    "naming-racial-trauma-in-the-therapy-room": ("sun", "sand", "Abstract illustration: a large ochre sun sitting low over terracotta and clay horizon bands on an ivory sky."),
    "a-breathing-space-between-sessions": ("waves", "sea", "Abstract illustration: gentle waves in teal, seafoam and deep sea blue under a pale aqua sky."),
    "working-with-shame-in-early-sessions": ("sun", "dawn", "Abstract illustration: a soft apricot sun rising over coral and rose horizon bands against a pale peach sky."),
    "what-the-pandemic-taught-us-about-telehealth": ("steps", "stone", "Abstract illustration: rounded blocks in charcoal, pebble grey and slate stepping upward from left to right on light grey."),
    "grounding-skills-for-the-first-session": ("hills", "sage", "Abstract illustration: layered hills in sage, moss and olive green under a cream sky."),
    "why-we-fund-training-for-community-clinicians": ("steps", "dawn", "Abstract illustration: rounded blocks in coral, apricot and rose rising like steps across a pale peach background."),
    "when-the-holidays-are-hard": ("sun", "night", "Abstract illustration: a moon-white circle low above slate blue and soft gold horizon bands on a deep navy sky."),
    "the-vagus-nerve-without-the-hype": ("path", "sea", "Abstract illustration: a pale winding line running through layered teal, seafoam and deep sea blue hills under a pale aqua sky."),
    "mindfulness-and-depressive-relapse": ("rings", "dusk", "Abstract illustration: concentric rings in indigo, lilac and plum widening from a single point on pale lavender."),
    "spirituality-as-a-resource-in-therapy": ("sun", "meadow", "Abstract illustration: a buttercup yellow sun low over leaf green and fern horizon bands under a pale yellow sky."),
    "the-perfectionism-trap-in-high-achievers": ("steps", "dusk", "Abstract illustration: rounded blocks in indigo, lilac and plum climbing from left to right on a pale lavender background."),
    "exposure-therapy-with-a-compassionate-frame": ("path", "dawn", "Abstract illustration: a pale winding path leading through layered coral, apricot and rose hills under a soft peach sky."),
    "sleep-after-trauma": ("hills", "night", "Abstract illustration: quiet layered hills in slate blue, moon white and soft gold under a deep navy night sky."),
    "chronic-pain-and-a-history-of-trauma": ("waves", "sand", "Abstract illustration: layered waves in terracotta, ochre and clay flowing across an ivory background."),
    "somatic-tracking-for-persistent-pain": ("rings", "sage", "Abstract illustration: concentric rings in sage, moss and olive green spreading from one point on a cream background."),
    "window-of-tolerance-infographic": ("waves", "meadow", "Abstract illustration (the infographic itself is in the article): gentle waves in leaf green, buttercup yellow and fern on pale yellow."),
    "repairing-ruptures-between-partners": ("circles", "dusk", "Abstract illustration: overlapping translucent circles in indigo, lilac and plum on pale lavender."),
    "moving-the-body-to-settle-an-anxious-mind": ("path", "meadow", "Abstract illustration: a pale winding path across layered leaf green, buttercup yellow and fern hills under a pale yellow sky."),
    "choosing-among-trauma-therapies": ("path", "stone", "Abstract illustration: a pale winding path through layered charcoal, pebble grey and slate hills under a light grey sky."),
    "burnout-is-not-a-personal-failing": ("sun", "sea", "Abstract illustration: a pale seafoam sun low over teal and deep sea blue horizon bands under a pale aqua sky."),
    "how-depression-shows-up-in-the-brain": ("rings", "stone", "Abstract illustration: concentric rings in charcoal, pebble grey and slate widening from one point on light grey."),
    "healing-trauma-happens-in-relationship": ("circles", "sage", "Abstract illustration: overlapping translucent circles in sage, moss and olive green on a cream background."),
    "antiracism-in-clinical-supervision": ("hills", "sand", "Abstract illustration: layered hills in terracotta, ochre and clay under an ivory sky."),
    "long-covid-fatigue-and-mood": ("hills", "dusk", "Abstract illustration: soft layered hills in indigo, lilac and plum under a pale lavender sky."),
}  # fmt: skip

COURSE_ILLUSTRATIONS: dict[str, tuple[str, str, str]] = {
    "mindfulness-for-anxiety": ("waves", "sage", "Abstract illustration: slow layered waves in sage, moss and olive green under a cream sky."),
    "trauma-informed-care": ("circles", "night", "Abstract illustration: overlapping translucent circles in slate blue, moon white and soft gold on a deep navy background."),
}  # fmt: skip

EXPERT_AVATARS: dict[str, tuple[str, str, str]] = {
    "maya-okafor": ("avatar", "sand", "Illustration, not a photograph: an abstract avatar for Maya Okafor, a terracotta head-and-shoulders silhouette before a soft ochre halo on ivory."),
    "daniel-reyes": ("avatar", "sea", "Illustration, not a photograph: an abstract avatar for Daniel Reyes, a teal head-and-shoulders silhouette before a soft seafoam halo on pale aqua."),
    "helen-lindqvist": ("avatar", "dusk", "Illustration, not a photograph: an abstract avatar for Helen Lindqvist, an indigo head-and-shoulders silhouette before a soft lilac halo on pale lavender."),
    "priya-raman": ("avatar", "dawn", "Illustration, not a photograph: an abstract avatar for Priya Raman, a coral head-and-shoulders silhouette before a soft apricot halo on pale peach."),
    "jonah-whitfield": ("avatar", "sage", "Illustration, not a photograph: an abstract avatar for Jonah Whitfield, a sage green head-and-shoulders silhouette before a soft moss halo on cream."),
    "grace-nakamura": ("avatar", "stone", "Illustration, not a photograph: an abstract avatar for Grace Nakamura, a charcoal head-and-shoulders silhouette before a soft pebble grey halo on light grey."),
}  # fmt: skip
