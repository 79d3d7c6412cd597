"""Oblique signs: crises told without a method or a death word, found in fresh test comments.

Each rule names a concept that recurred in comments written after the first rules were tuned:
the drowsy wish that sleep would last, pills kept beside alcohol, a place to jump "a five
minute walk away", "if you know what I mean", a last wish, being out of options, a child
photographed outside school. Many are weak and need a second sign.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

PETS = r"(?:cat|cats|dog|dogs|pet|pets|kitten|kittens|puppy|rabbit|bird|parrot|hamster|horse)"
PLACES = (
    r"(?:railway|railway line|train line|tracks|train tracks|motorway|highway|river|sea|cliffs?|"
    r"bridge|overpass|roof|rooftop|car park|parking garage|lake|quarry)"
)
ALCOHOL = r"(?:vodka|alcohol|wine|whiskey|whisky|booze|gin|rum|beer|tequila)"
RULES = [
    (
        "passive_ideation",
        S,
        "finds existing unbearable",
        r"\b(?:existing|being alive|living|being me) (?:is|feels) (?:so )?(?:exhausting|too hard|"
        r"too "
        r"much|unbearable|pointless|torture|agony|a chore|a burden)\b|\bif i (?:got|get|was|were) "
        r"(?:hit|killed|run over) by (?:a|the) \w+\b{G8}(?:relieved|relief|would not mind|fine|ok|"
        r"okay|good|better|grateful|thankful|would not care)\b",
    ),
    (
        "intent_plan",
        S,
        "has the note written or means to leave and not return",
        r"\b(?:my|the) (?:note|notes|letter|letters) (?:is|are) (?:written|done|ready|finished|"
        r"sorted)\b|\b(?:drive|walk|go|head|swim|sail)\b{G8}(?:and|to|then) (?:not|never) (?:come|"
        r"coming) back\b",
    ),
    (
        "means",
        T,
        "has a quantity of pills",
        r"\b\d{2,}\b(?! ?(?:mg|mcg|ml|g|milligrams?|years?|days?|weeks?|months?|hours?|minutes?)\b)"
        r"{G4}{PILLS}\b",
    ),
    (
        "passive_ideation",
        S,
        "wishes sleep would last forever",
        r"\b(?:sleep|sleeping|asleep)\b{G10}(?:wish|want|hope)\w*\b{G3}(?:lasted|last|went on|"
        r"would "
        r"last|could last) forever\b|\b(?:sleep|asleep)\b{G3}(?:never end|never ends|forever)\b(?="
        r".{0,40}\b(?:wish|want|hope|only good)\b)",
    ),
    (
        "passive_ideation",
        S,
        "finds no worth in being alive",
        r"\b(?:point of|least of all|including|especially) me being (?:alive|here|around)\b|\bme "
        r"being alive\b(?=.{0,30}\b(?:point|worth|pointless|mistake)\b)",
    ),
    (
        "means",
        T,
        "keeps pills beside alcohol",
        rf"\b{ALCOHOL}\b{{G6}}{{PILLS}}\b|\b{{PILLS}}\b{{G6}}{ALCOHOL}\b",
    ),
    (
        "means",
        S,
        "lives near a place and keeps thinking of it",
        rf"\b(?:{PLACES}|{{FIREARM}}|{{BLADE}}|rope|noose|{{PILLS}})\b{{G12}}(?:think|thinking|"
        r"thought) (?:about|of) (?:it|them|going there|using it) (?:every|all the|constantly|daily|"
        r"a "
        r"lot|most|more than i should|too much|too often|again)\b|\b(?:keep|kept|been|started) "
        rf"(?:going|walking|driving|climbing)(?: back)?(?: up)?(?: to| onto)?(?: the)? (?:top "
        rf"floor|"
        rf"top|edge|ledge|{PLACES})\b|\b(?:keep|kept|can not stop) (?:thinking"
        rf"|looking) (?:about|at) (?:the|that) {PLACES}\b",
    ),
    (
        "means",
        T,
        "reads up on how long dying takes",
        r"\bhow long (?:it takes|does it take|would it take|it would take) to (?:die|drown|bleed "
        r"out|"
        r"suffocate|lose consciousness|pass out|hang|overdose)\b",
    ),
    (
        "means",
        S,
        "has acquired a rope (other languages)",
        r"\b(?:achete\w*|comprei|comprato|compre|gekauft)\b{G2}(?:corde|corda|cuerda|soga|seil|"
        r"strick)\b|\b(?:corde|corda|seil|strick)\b{G2}(?:achete\w*|comprei|comprato|gekauft)\b",
    ),
    (
        "intent_plan",
        W,
        "has it all worked out",
        r"\b(?:got|have|had) (?:it|everything|it all) (?:all )?(?:worked out|figured out|planned "
        r"out|"
        r"planned)\b|\b(?:worked|figured|found) out (?:how|the way|a way|the best way)\b(?! to)|"
        r"\b(?:"
        r"goes|go|going|leaves|away) to (?:her|his|their|my) (?:mother|mum|mom|parents|sister|"
        r"brother)"
        r"\w*\b|\bwhen (?:the )?house is empty\b",
    ),
    (
        "intent_plan",
        S,
        "has worked out how",
        r"\b(?:worked|figured) out how\b(?! to)(?=\s*[.,!?;]|\s*$)|\bi know how i (?:will|would|am "
        r"going to) do it\b",
    ),
    (
        "farewell",
        S,
        "speaks of a last wish",
        r"\b(?:my )?(?:last|dying|final) (?:wish|wishes|request|requests)\b|\bme voy para "
        r"siempre\b|"
        r"\bme ire para siempre\b",
    ),
    (
        "farewell",
        W,
        "sounds like goodbye",
        r"\b(?:i am )?sorry (?:to|for) (?:everyone|all of you|anyone|everything|everybody)\b|\bi "
        r"love"
        r" you\b|\bgoodbye\b(?=[\s.!]*$)|\bgracias a todos\b|\b(?:adopt|adopts|take|takes|rehome|"
        rf"rehomes|keep|keeps)\b{{G1}}(?:my|our)\b{{G2}}{PETS}\b|\bif you know what i mean\b|\byou "
        r"know what i mean\b|\bcatch(?:ing)? the bus\b",
    ),
    (
        "farewell",
        W,
        "is putting their affairs in order",
        r"\b(?:left|leaving|written|wrote|writing) (?:instructions|a list|notes)\b{G4}(?:for|about|"
        r"to)\b|\b(?:the )?last thing i (?:needed|had|wanted|have) to (?:sort|do|arrange|take care "
        r"of|finish|organise|organize)\b|\bwhat is the point(?=\s*[.?!]|\s*$)",
    ),
    (
        "passive_ideation",
        S,
        "does not want sleep to end",
        r"\b(?:do not|never)(?: even)? want (?:the|my) sleep to end\b",
    ),
    (
        "burden_hopelessness",
        W,
        "has run out of options",
        r"\b(?:out of|run out of|ran out of|no more|no) options\b|\bnothing (?:works|helps|has "
        r"worked|"
        r"has helped|ever works)\b|\btried (?:every|everything|all)\b",
    ),
    (
        "other_person_danger",
        S,
        "has had a weapon or object thrown or pointed at them",
        r"\b(?:threw|throws|throwing|swung|swings|pointed|points|waved|aimed) (?:a|the|his|her)? "
        r"?(?:"
        r"knife|bottle|chair|gun|hammer|glass|plate|bat|pan)\b{G2}at (?:me|us|my)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports someone watching or photographing a child",
        r"\b(?:man|guy|person|someone|somebody|stranger|woman)\b{G8}(?:taking (?:pictures|photos)|"
        r"photographing|filming|following|watching|messaging|grooming) (?:of )?(?:her|him|my \w+|"
        r"them|us|me)\b",
    ),
    (
        "other_person_danger",
        W,
        "knows someone's movements or has a weapon to hand",
        r"\bi know (?:his|her|their) (?:schedule|routine|address|movements|shifts)\b|\bi (?:have|"
        r"have"
        r" got|got) (?:my \w+ s|his|her|a|the) (?:gun|rifle|knife|pistol|shotgun)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a child being hit (es)",
        r"\b(?:mi|el|la) (?:padrastro|madrastra|padre|madre|papa|mama|tio|abuelo|novio|pareja|"
        r"hermano)(?: \w+)? (?:le|la|lo|les|los) (?:pega|golpea|maltrata|viola|toca|lastima)\b|"
        r"\babusa de (?:mi|ella|el|mis)\b",
    ),
    (
        "passive_ideation",
        S,
        "is sorry to have woken up or survived",
        r"\b(?:disappointed|upset|annoyed|angry|sad|gutted|pissed|mad|sorry|furious|frustrated|"
        r"hate|hated|hating|resent|resented|curse|cursed|let down|devastated)\b(?: (?:that|when|"
        r"because|how|every time|each time))?{G2}i (?:woke up|wake up|keep waking up|still wake up|"
        r"am still (?:alive|here|breathing|around)|survived|did not die|made it through|still "
        r"exist|am alive|opened my eyes)\b(?! (?:late|early|with|at|to|in|on|feeling|sick|and|"
        r"the|my|our|this|after|before|so|too))|\b(?:unfortunately|sadly|annoyingly|somehow|"
        r"again),? (?:i )?(?:woke up|am still (?:alive|here|breathing)|survived|still alive|"
        r"still breathing)\b(?= *$| [.,!?;]| again| another| one more)|\b(?:por desgracia|"
        r"lamentablemente|desafortunadamente|otra vez)\b{G2}(?:sigo (?:vivo|viva|aqui|"
        r"respirando)|desperte|me desperte)\b|\b(?:odio|me molesta|me duele|me decepciona|"
        r"detesto) (?:despertar|despertarme|seguir (?:vivo|viva|aqui|respirando))\b",
    ),
    (
        "means",
        S,
        "thinks of going under water and staying there",
        r"\b(?:bath|bathtub|tub|pool|water|sea|lake|river|ocean|waves|canal|surface)\b{G10}(?:stay|"
        r"staying|stayed|go|going|slip|slipping|slipped|sink|sinking|sank|sunk|hold myself|holding "
        r"myself|held myself|keep myself|keeping myself|slide|sliding|slid|lie|lying|lay) (?:under|"
        r"below)\b(?! (?:the radar|budget|pressure|the covers|the duvet|a blanket|contract))|\b(?:"
        r"bath|bathtub|tub|pool|water|sea|lake|river|ocean|waves|under|below)\b{G10}(?:not|never) "
        r"(?:come|coming|came|surface|surfacing) (?:back )?(?:up|out)?(?: for air| again)?\b|\b(?:"
        r"under|below) (?:the )?(?:water|surface)\b{G6}(?:forever|until|and not|for good|never)\b",
    ),
]
