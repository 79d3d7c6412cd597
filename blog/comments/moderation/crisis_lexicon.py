"""The word lists and tiers every crisis rule is built from.

Each rule (crisis_lexicon_* modules) is a concept (a wish to die, gathered means, a farewell)
built from small word lists: who ({ME}, {PERSON}), wanting ({WANT}), ending ({DIE}, {END}),
means ({PILLS}, {HEIGHT}...), time ({TIME}), with {Gn} allowing up to n words in between.
Nothing is negated away: "I would never hurt myself, except..." still holds "hurt myself",
because a denial next to a danger is a reason for a person to read the comment, not a reason
to skip it.

Tiers: "strong" holds the comment alone; "topic" is a bare topic word (suicide, self-harm,
overdose) that a clinician or a bereaved reader may use about someone else, so it is silenced
in a sentence about others with no first-person experience (crisis_guard); "weak" needs a
second, different weak sign (despair, a date, a thank-you that may be a farewell); "weak topic"
is both; "context" never holds a comment, it only tells the learned layer that the comment is
about someone else (a bereavement).
"""

import re

MACROS = {
    "ME": r"(?:i|me|my|myself|mine)",
    "MYSELF": r"(?:my ?self|me ?self|myslef|mysef)",
    "WANT": r"(?:want|wanted|wants|wanting|wnt|wnat|wamt|wish|wished|wishing|"
    r"would (?:also |really |honestly |just |quite |much |so |secretly |actually )?(?:like|love|"
    r"rather)|rather|need|needed|hope|hoping|long|longing|urge|urges|desire|"
    r"tempted|craving|ready|prefer|just want|kind of want|really want)",
    "INTEND": r"(?:going|gonna|plan|planning|planned|decided|deciding|trying|tried|about|ready|"
    r"want|wanted|wish|need|tempted|will|am|might)",
    "DIE": r"(?:die|dye(?! (?:my|your|her|his|the|it)\b)|be dead|kill myself|not exist|stop "
    r"existing|cease to exist|not wake up|never wake up|sleep forever|go to sleep forever|leave "
    r"this world)",
    "VANISH": r"(?:be gone|not be here|not be around|disappear(?! for a)|vanish|fade away|not be "
    r"alive|stop living|not live|not be anymore|not be me)",
    "END": r"(?:end|ending|ended) (?:it|it all|things|everything|this|my life|"
    r"my own life|my suffering|my existence|all of this|my pain|the pain|myself)(?! (?:with|there|"
    r"here|early|on a|by saying|article|post|lesson|meeting|session|call|chapter|relationship|"
    r"course|week|episode|book|series|conversation|for today|up))",
    "ME_OBJ": r"(?:me|us|my (?:kids|children|son|daughter|baby|family|sister|brother|mum|mom|"
    r"mother|dad|cat|dog))",
    "PERSON": r"(?<!without )(?<!about )(?<!of )(?<!for )(?<!with )(?<!to )(?<!like )(?:he|she|"
    r"they|someone|somebody|a (?:man|guy|woman|person|stranger)|this (?:man|"
    r"guy|woman|person)|my (?:\w+ s )?(?:new )?(?:ex ?|step ?|former |old |little |big |older |"
    r"younger |own )?"
    r"(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|spouse|dad|father|mum|mom|"
    r"mother|brother|sister|uncle|aunt|son|daughter|cousin|roommate|flatmate|housemate|"
    r"neighbou?r|landlord|boss|manager|coworker|colleague|abuser|family|parents|father in law|"
    r"mother in law|grandfather|grandpa|ex))",
    "KID": r"(?:child|kid|kids|children|son|daughter|baby|toddler|teen|teenager|teenage "
    r"(?:son|daughter|girl|boy)|stepdaughter|stepson|niece|nephew|grandchild|granddaughter|"
    r"grandson|little (?:sister|brother|girl|boy)|sister|brother|friend|best friend|student|"
    r"husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father)",
    "PILLS": r"(?:pills?|tablets?|tabs|meds|medication|medications|medicine|medicines|pain ?"
    r"killers?|sleeping (?:pills|tablets)|sleepers|anti ?depressants?|opioids?|opiates?|oxy|"
    r"oxycodone|oxys|percocet|vicodin|fentanyl|morphine|codeine|tramadol|paracetamol|"
    r"acetaminophen|tylenol|panadol|ibuprofen|aspirin|insulin|xanax|benzos?|valium|lorazepam|"
    r"diazepam|klonopin|clonazepam|lithium|seroquel|quetiapine|zopiclone|ambien|zolpidem|"
    r"sertraline|prozac|amitriptyline|heroin|prescriptions?|scripts?|doses|capsules|strips?|"
    r"blister packs?)",
    "STOCK": r"(?:sav(?:e|ed|ing)(?: up)?|stock ?pil\w*|hoard\w*|collect\w*|gather\w*|stash\w*|"
    r"hid(?:e|den|ing)?|stor(?:e|ed|ing)|counted out|counting out|kept (?:them|a|some|the)|"
    r"put(?:ting)? (?:aside|away|one aside|them aside)|set(?:ting)? aside|squirrel\w*|built up|"
    r"building up|accumulat\w*|lin(?:e|ed|ing) (?:them )?up|enough|a whole|a full|an entire|"
    r"every one of|months worth|weeks worth|a stash|a stockpile|refill\w* early)",
    "FIREARM": r"(?:gun|guns|pistol|rifle|shotgun|firearm|revolver|handgun|glock|ammo|bullets?)",
    "BLADE": r"(?:knife|knives|blade|blades|razor|razors|scalpel|box ?cutter|shard|broken glass|"
    r"scissors|sharpener)",
    "HEIGHT": r"(?:bridge|bridges|overpass|roof|rooftop|cliff|cliffs|ledge|balcony|top floor|"
    r"platform|kerb|curb|"
    r"window|building|tower|parking garage|car park|multi ?storey|parking structure|railing|"
    r"edge|viaduct|dam|quarry|stairwell|the top)",
    "BODY": r"(?:wrists?|arms?|forearms?|thighs?|legs?|stomach|belly|hips?|skin|chest|ankles?|"
    r"flesh|body|shoulders?|ribs)",
    "HARMV": r"(?:cut|cutting|cuts|slice|slicing|sliced|carve|carved|carving|burn|burned|burnt|"
    r"burning|scratch|scratched|scratching|scrape|scraped|scraping|hit|hitting|hits|punch|"
    r"punched|punching|bang|banged|banging|bite|bit|biting|stab|stabbed|stabbing|hurt|hurting|"
    r"hurts|harm|harmed|harming|punish|punished|punishing|bruise|bruised|bruising|starve|starved|"
    r"starving|mutilate\w*|smash\w*|slam\w*|beat|beating|whip\w*|injur\w*|bleed|bled)",
    "TIME": r"(?:tonight|tomorrow|today|(?:on )?the \d+(?:st|nd|rd|th)?\b|this (?:weekend|week|"
    r"evening|morning|month|year|"
    r"friday|saturday|sunday|monday|tuesday|wednesday|thursday)|(?:on |by |next |this )?(?:"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| evening)?|"
    r"next (?:week|month|weekend)|after (?:my |the |her |his |our )?(?:birthday|exams?|"
    r"holidays|christmas|wedding|funeral|graduation|party|anniversary|new year|kids|trip|move)|"
    r"before (?:my |the )?(?:birthday|christmas|new year|end of the (?:month|year|week)|morning|"
    r"weekend)|by (?:the weekend|the end of|tomorrow|tonight|morning|then)|at (?:midnight|dawn|"
    r"\d+(?: ?am| ?pm)?)|when (?:everyone|my \w+|the \w+|they|he|she) (?:is|are|goes|go|has|"
    r"have|leaves|leave)\w*(?: \w+){0,3} (?:asleep|away|gone|out|work|holiday|vacation|trip))",
}


def _fill_macros(macros: dict[str, str]) -> dict[str, str]:
    """Macros may use other macros ({BODY} inside {HARMV}...): fill them in, two levels deep."""
    for _ in range(2):
        macros = _fill_once(macros)
    return macros


def _fill_once(macros: dict[str, str]) -> dict[str, str]:
    def value(match: re.Match[str]) -> str:
        return macros[match.group(1)]

    return {name: re.sub(r"\{([A-Z_]+)\}", value, source) for name, source in macros.items()}


MACROS = _fill_macros(MACROS)


def gap(n: int) -> str:
    """Up to n words (a comma counts as one) between two parts of a rule, within a sentence."""
    return rf"(?:\s*(?:\b[a-z0-9]+\b|,)){{0,{n}}}\s*"


def expand(source: str) -> str:
    """Fill {NAME} with a word list and {Gn} with "up to n words" (never across a full stop)."""

    def fill(match: re.Match) -> str:
        name = match.group(1)
        return gap(int(name[1:])) if re.fullmatch(r"G\d+", name) else MACROS[name]

    return re.sub(r"\{([A-Z_]+\d*)\}", fill, source)


S, T, W, WT, C = "strong", "topic", "weak", "weak topic", "context"
