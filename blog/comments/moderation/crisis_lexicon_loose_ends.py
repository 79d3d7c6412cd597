"""Loose ends tied up, last words, and worrying signs seen in someone else.

Most of these are weak: cancelling subscriptions, leaving passwords for a brother, "everything
is in the envelope", a post "one final time", "Bye." at the end, feeling strangely light after a
decision. Each alone is ordinary life; two of them in one comment are a person putting their
affairs in order. A few are the same signs seen in a flatmate or a friend.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

# What someone gives away, or leaves ready for others to find.
BELONGINGS = (
    r"(?:things|stuff|belongings|possessions|clothes|books|jewellery|jewelry|games|records|"
    r"guitar|plants|savings|money|furniture|art|collection)"
)
PAPERS = (
    r"(?:passwords|pins|pin numbers|logins|account details|bank details|keys|will|instructions|"
    r"letters?|notes?|papers|documents|details|insurance)"
)
# Winding things down for a move, a trip or a budget is ordinary life.
_NOT_MOVING = (
    r"(?![^.!?]{0,80}\b(?:moving|move|moved|relocat\w*|abroad|holiday|vacation|trip|travel\w*|"
    r"cheaper|save money|saving money|budget|renovat\w*|emigrat\w*|new job|new flat|new house))"
)
RULES = [
    (
        "intent_plan",
        W,
        "leaves passwords or papers for someone",
        r"\b(?:wrote|written|writing|left|leaving|gave|given|giving|sent|sending|put|printed) "
        r"(?:down )?(?:my|the|all|all my|all the)\b{G1}" + PAPERS + r"\b(?: down)?{G2}(?:for|to) "
        r"(?:my|him|her|them|someone|whoever)\b|\b(?:everything|all of it|it all|the "
        r"\w+|my \w+)\b{G2}(?:is|are) (?:in|on|inside|under) (?:the|an|a|my)\b{G2}(?:envelope|"
        r"folder|box|drawer|desk|kitchen table|table|bedside|safe|pillow)\b",
    ),
    (
        "intent_plan",
        W,
        "is closing down their accounts and commitments",
        r"\b(?:cancel\w*|closed|closing|close|ended|ending|stopped|stopping|deleted|deleting) "
        r"(?:all )?(?:of )?(?:my|the)\b{G1}(?:subscriptions?|accounts?|memberships?|direct debits|"
        r"standing orders|phone contract|contracts?|lease|gym|appointments|therapy|bookings?|"
        r"social media)\b"
        + _NOT_MOVING
        + r"|\b(?:emptied|cleared out|cleaned out|paid off|settled|"
        r"returned)\b{G1}(?:the|my|all)\b{G1}(?:fridge|flat|room|debts?|bills?|library books|"
        r"everything)\b" + _NOT_MOVING,
    ),
    (
        "intent_plan",
        W,
        "names a date as the time",
        r"\b{TIME}\b (?:is|will be) (?:when|the day|the date|the night|it|the one)\b(?= *$| "
        r"[.,!?;])",
    ),
    (
        "intent_plan",
        W,
        "feels suddenly calm or light",
        r"\bi (?:feel|felt|am feeling|have felt) (?:so |really |very )?(?:strangely|weirdly|oddly|"
        r"suddenly|finally|surprisingly|eerily) (?:light|lighter|calm|peaceful|at peace|relieved|"
        r"free|okay|ok|serene|clear|settled)\b",
    ),
    (
        "farewell",
        W,
        "writes as if for the last time",
        r"\b(?:post|posting|write|writing|comment|commenting|message|visit|visiting|log|logging|"
        r"read|reading|here|say|saying)\b{G3}(?:one (?:final|last) time|for the (?:final|last) "
        r"time|a final time)\b|\b(?:good ?)?bye\b(?=[\s.!x]*$)|\bthis (?:is|may be|might be|could "
        r"be|will be) (?:the|my) (?:last|final) (?:thing|words?|message|post|comment|note) i\b",
    ),
    (
        "farewell",
        S,
        "may be writing their last words",
        r"\bif this is (?:the|my) (?:last|final) (?:thing|words?|message|post|comment|note) i\b"
        r"(?! (?:write|post|read|say) (?:before|for|on|about|this|until|today|tonight))",
    ),
    (
        "burden_hopelessness",
        W,
        "sees no improvement coming",
        r"\b(?:never|not ever|not) (?:going to|gonna|ever going to) (?:improve|get better|change|"
        r"end|stop|be okay|be ok|be different|be fixed|get easier)\b(?! (?:the|my|your|it|that|this"
        r"|"
        r"until|unless|if|without))",
    ),
    (
        "burden_hopelessness",
        W,
        "is too tired to keep going",
        r"\btoo (?:tired|exhausted|worn out|drained|weak|broken) to (?:keep (?:trying|going|"
        r"fighting|living)|try anymore|fight (?:anymore|any more|this|it)|go on|carry on|try again|"
        r"hold on)\b(?! (?:with|on|at|for|today|tonight|this|the|to))",
    ),
    (
        "other_person_danger",
        T,
        "sees someone close giving away belongings or saying they will be gone",
        r"\b(?:she|he|they|my \w+) (?:is |are |has been |have been |been |keeps |started |was |"
        r"were |is been )?(?:giving away|gave away|given away)\b{G2}(?:her|his|their|all (?:her|his"
        r"|"
        r"their))\b{G1}" + BELONGINGS + r"\b|\b(?:she|he|they|my \w+) (?:keeps saying|said|says|"
        r"told me|keeps telling me|texted|wrote)\b{G2}(?:she|he|they) (?:will not|would not|is not "
        r"going to|are not going to|will no longer) be (?:around|here|alive|with us)\b",
    ),
    (
        "negated",
        W,
        "reassures that they will not do anything",
        r"\b(?:i am )?not (?:going to|gonna|about to) do anything(?: stupid| silly| drastic| "
        r"rash)?\b(?! (?:until|till|before|without|about|with|on|to|yet|in|at|for))|\bdo not worry"
        r"\b{G4}(?:i will not|i am not going to|not going to|i would not) "
        r"(?:do anything|hurt myself|do it)\b",
    ),
    (
        "means",
        W,
        "keeps going to a high place",
        r"\b(?:standing|stood|stand|sitting|sat|sit|been|going|went|go|hanging out|climbing|"
        r"climbed|climb|walking|walked) (?:up )?(?:on|at|onto|out on|by|near|to|over) (?:the|my|a|"
        r"our|that)\b{G1}(?:bridge|roof|rooftop|balcony|ledge|cliff|cliffs|edge|railing|overpass|"
        r"top floor|viaduct|parapet)\b{G4}(?:a lot|again|every night|at night|for hours|lately|"
        r"alone|late at night|most nights|more and more|thinking|every day|recently)\b",
    ),
]
