"""Warning signs that name no method and no death word: preparations, finality, sudden calm.

These are the comments a keyword filter never sees: "I've set everything up for Saturday",
"the kids will be at their dad's", "this is the last week", "I'm not scared anymore". Most are
weak on their own (anyone may plan a Saturday) and count only with a second, different sign;
a decision or a preparation next to a date is strong.
"""

from blog.comments.moderation.crisis_lexicon import MACROS, WT, S, T, W

TIME = MACROS["TIME"]
# A bare decision, with nothing decided on ("I've decided.", not "I've decided to enrol").
DECISION = (
    r"(?:decided|made up my mind|made my decision|made the decision|my mind is made up|it is "
    r"decided)(?! (?:to|on|that|which|whether|if|what|how|where|against|for|between)\b)"
)
MEANS_ANY = (
    r"(?:{FIREARM}|{BLADE}|rope|noose|belt|{PILLS}|bridge|roof|ledge|cliff|train tracks|tracks|"
    r"car|garage|balcony)"
)
RULES = [
    (
        "intent_plan",
        S,
        "has decided or prepared, with a time set",
        rf"\b{DECISION}\b(?=.{{0,120}}\b{TIME}\b)|\b{TIME}\b(?=.{{0,120}}\b{DECISION}\b)",
    ),
    (
        "intent_plan",
        W,
        "speaks of preparations or a chosen place or time",
        r"\b(?:set|got|have|had|getting) (?:everything|it all|things|it) (?:up|ready|sorted|in "
        r"place|arranged|planned|prepared)\b|\b(?:picked|chosen|chose|found|scouted|decided on|"
        r"checked out) (?:the|a|my) (?:spot|place|location|date|day|time|method|way|bridge|"
        r"building)\b|\b(?:picked|chosen|chose|set|decided on) {TIME}\b|\bi am going (?:there|"
        r"through with it|ahead with it)\b|\b(?:day|date|time|place|"
        r"spot)\b{G1}(?:picked|chosen|set|planned|sorted)(?: out)?\b|\bi (?:have|have got|got) "
        r"(?:the|"
        r"my|enough|all the) (?:pills|tablets|rope|gun|blade|razor|meds)\b",
    ),
    (
        "intent_plan",
        W,
        "makes sure nobody will be around",
        r"\b(?:while|when|once|after) (?:nobody|no one|everyone|the kids|my \w+) (?:is|are|will be|"
        r"has|have|goes|go|leaves|leave)\b{G2}(?:home|around|away|out|asleep|gone|left|at)\b|\b(?:"
        r"the kids|my (?:wife|husband|partner|parents|roommate|kids|children|flatmate)) (?:will be|"
        r"are going to be|are|is) (?:at|away|out|gone|staying)\b",
    ),
    (
        "intent_plan",
        W,
        "speaks with finality",
        r"\b(?:this is|it is|this will be) (?:my|the) last (?:day|night|week|weekend|month|time|"
        r"christmas|summer|birthday)\b|\bnot (?:scared|afraid|frightened) (?:anymore|any more|of "
        r"(?:dying|death)|to die)\b|\bmade (?:my )?peace with (?:it|dying|death|my decision)\b|"
        r"\bno "
        r"turning back\b|\bthere is no going back\b",
    ),
    (
        "ideation",
        S,
        "welcomes death",
        r"\b(?:welcome|look forward to|long for|crave|wish for|pray for|hoping for) (?:death|dying|"
        r"the end|my death|my own death|an accident|a crash|a car crash|an illness|a heart attack|"
        r"the "
        r"void|whatever ends this)\b|\b(?:dying|death)\b{G6}(?:i )?(?:kind of |sort of |really "
        r"|actually |secretly )?(?:want|welcome|wish for|long for|look forward to) it\b",
    ),
    (
        "passive_ideation",
        S,
        "imagines their own absence as a relief",
        r"\bif i (?:did not|do not|no longer|never) exist(?:ed)?\b|\bif i (?:had )?never (?:been "
        r"born"
        r"|existed)\b|\bif i (?:just )?(?:died|disappeared|never woke up|stopped existing|ceased "
        r"to "
        r"exist|was not alive|were not alive|was no longer here|were no longer here)"
        r"\b{G6}(?:relief|"
        r"better|easier|fine|good|happier|nobody|no one|who would|would anyone)\b",
    ),
    (
        "passive_ideation",
        S,
        "hopes for an illness or accident to end it",
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\b{G4}(?:get|have|develop|catch|am diagnosed "
        r"with|get diagnosed with|find out i have)\b{G2}(?:cancer|terminal|an illness|a disease|a "
        r"heart attack|an accident|hit by|a stroke|sick and die)\b|\bso (?:it|everything|this) "
        r"(?:can|could|will|would) all (?:just )?(?:stop|end|be over)\b|\b(?:hope|hoping|wish|pray|"
        r"praying)\b{G3}(?:tomorrow|the morning|morning|the next day|another day) (?:never|does "
        r"not|"
        r"will not|would not) (?:comes?|arrive|happen)\b|\b(?:close|shut) my eyes and (?:never|not)"
        r" "
        r"(?:open|wake)\b|\b(?:never|not) (?:open|opening) my eyes again\b",
    ),
    (
        "means",
        T,
        "keeps returning to the means",
        rf"\b{MEANS_ANY}\b{{G10}}(?:keep thinking about (?:it|them|using)|can not stop thinking "
        r"about (?:it|them)|it is calling|calling (?:to )?me|know where (?:it|the key|the keys) "
        r"(?:is|are)|have access to it|in case|in mind)\b|\bknow where (?:the|his|her|my \w+ s|my)"
        r"? "
        r"?(?:"
        r"key|keys|combination|code)\b{G4}(?:is|are|kept)\b",
    ),
    (
        "means",
        T,
        "looks up lethal doses or methods",
        r"\bhow (?:much|many)\b{G6}(?:fatal|lethal|deadly|to die|overdose|enough to)\b|\b(?:looked "
        r"up|researched|googled|searching|searched|read up on|looking up)\b{G4}(?:lethal|fatal|"
        r"overdose|how long it takes|painless)\b",
    ),
    (
        "means",
        T,
        "is accumulating medication",
        r"\b{PILLS}\b{G8}(?:extras|leftovers|spares|left over|shoebox|stash|hiding place)\b|\b(?:"
        r"extras|leftovers|spares)\b{G4}{PILLS}\b|\b(?:fill|filling|filled|refill\w*)\b{G3}(?:"
        r"{PILLS}|them|it) early\b",
    ),
    (
        "means",
        T,
        "hides or saves up medication",
        r"\b{PILLS}\b{G12}(?:hiding|hide|hid|saving|stashing|collecting|hoarding|stockpiling|"
        r"keeping|putting aside) (?:them|it|some)\b",
    ),
    (
        "means",
        S,
        "keeps going back to a rope or weapon",
        r"\b(?:look|looked|looking|stare|staring|stared|checking|checked|touch|touched|held|"
        r"holding)"
        r"(?: at)? (?:the|my) (?:rope|noose|gun|pills|blade|razor|belt)\b{G6}again\b|\b(?:rope|"
        r"noose)"
        r"\b{G4}(?:garage|closet|wardrobe|attic|shed|basement|car|bag|room|under my bed)\b",
    ),
    (
        "means",
        W,
        "looks down from a height",
        r"\b{HEIGHT}\b{G12}(?:look|looking|looked|stare|staring|stared|gaze|gazing) (?:down|over)"
        r"\b",
    ),
    (
        "means",
        W,
        "lingers at a drop",
        r"\b(?:look|looking|looked|stare|staring|stared) (?:down|over)\b{G6}(?:for a long time|for "
        r"hours|for ages|every night|at night|again and again|lately|the edge|the drop)\b",
    ),
    (
        "means",
        S,
        "looks up heights or lethality",
        r"\b(?:look|looked|looking|search|searched|googled|google|research\w*) up\b{G6}(?:highest|"
        r"tallest|lethal|fatal|deadliest|high enough|strong enough|quickest|painless)\b|\b(?:which|"
        r"what) (?:bridge|building|cliff|dose|floor|height|pill|drug)\b{G3}(?:highest|tallest|"
        r"lethal|fatal|deadliest|high enough|quickest|painless)\b",
    ),
    (
        "self_harm",
        S,
        "burns themself",
        r"\b(?:lighter|cigarettes?|matches|match|hot (?:iron|spoon|knife|metal|water)|a flame|the "
        r"flame|kettle|curling iron|straighteners)\b{G3}(?:on|to|against|into) (?:my|the inside of "
        r"my)"
        r" {BODY}\b",
    ),
    (
        "self_harm",
        S,
        "hurts themself until it bleeds or on purpose",
        r"\b(?:until|till|til|so) (?:it|they|i|my \w+) (?:bleed\w*|bled|start(?:s|ed)? bleeding|is "
        r"raw|are raw|blister\w*|bruise\w*|split|break|broke)\b|\b(?:{HARMV}|pick\w*|peel\w*|"
        r"gouge\w*"
        r"|claw\w*|rip\w*|tear\w*|pinch\w*)\b{G6}on purpose\b|\b(?:punch|slam|smash|bang|hit)\w* "
        r"(?:my )?(?:fists?|hands?|knuckles|head)\b{G2}(?:into|against|on|through) (?:the |a )?"
        r"(?:wall|walls|door|mirror|floor|desk|window)\b|\b(?:bought|buy|got|ordered|took apart|"
        r"broke"
        r" open|bought some|bought new|found) (?:a |some |more )?(?:new )?(?:razor blades?|razors?|"
        r"blades?)\b(?! (?:for|of) (?:the|my|a) (?:saw|mower|shaver|cutter|knife|blender))",
    ),
    (
        "farewell",
        S,
        "says goodbye for good",
        r"\b(?:this is|it is|so this is|i guess this is) (?:my )?goodbye\b|\b(?:will not|not|never)"
        r" "
        r"be (?:here|around|alive) to (?:see|finish|read|hear|attend|complete|watch|celebrate|meet)"
        r"\b",
    ),
    (
        "farewell",
        S,
        "says they will not be heard from again",
        r"\b(?:will not|never|not going to|no one will|nobody will|you will not|you all will not) "
        r"(?:hear|see) (?:from )?me (?:again|anymore|any more|after (?:this|tonight|today))\b",
    ),
    (
        "farewell",
        W,
        "arranges for their pet or belongings",
        r"\b(?:cat|cats|dog|dogs|pet|pets|kitten|puppy|rabbit|bird|parrot|hamster|horse)\b{G3}(?:"
        r"will need|needs|is going to need) (?:someone|a (?:new )?home|looking after|a new owner|"
        r"taking care of)\b|\bcan (?:take|have|adopt|look after) (?:her|him|them)\b{G2}after\b|"
        r"\b(?:"
        r"gave|given|giving|give|handed|handing) (?:away )?(?:my|all my|most of my)\b{G1}(?:things|"
        r"stuff|belongings|possessions|clothes|books|jewel\w*|guitar|records|art|plants|furniture|"
        r"collection|savings|money|car|laptop|bike)\b{G4}(?:to|away)\b|\b(?:tidying|tidy|sorting|"
        r"clearing|wrapping) (?:up|things|everything)\b{G2}before (?:i go|leaving|i leave|the end)"
        r"\b",
    ),
    (
        "farewell",
        W,
        "thanks people as if for the last time",
        r"\b(?:it has been|it was) (?:a privilege|an honou?r|a pleasure|lovely|nice|good) "
        r"(?:knowing|"
        r"learning from|being (?:here|part of)|to know|talking to)\b|\b(?:found|finding) (?:a )"
        r"?(?:new"
        r" )?home for my \w+\b|\b(?:wrote|written|writing) to (?:my|each of my|all my) (?:family|"
        r"kids|"
        r"children|parents|sons?|daughters?|sisters?|brothers?|mum|mom|mother|dad|father|husband|"
        r"wife|partner|friends?)\b|\b(?:wanted|want) to (?:thank|say thank you to) (?:this|the|you|"
        r"everyone|all)\b|\b(?:do not|please do not|never) (?:feel guilty|be angry|blame anyone)\b|"
        r"\byou (?:all )?did (?:what|everything|all) you could\b|\b(?:please )?(?:look after|take "
        r"care of"
        r"|care for|feed|walk|adopt|love) \w+(?: \w+)? for me\b|\b(?:if anyone|whoever|to anyone|"
        r"to "
        r"whoever|for anyone)\b{G4}(?:reads|reading|finds|sees) this\b|\btell (?:the|my|\w+)"
        r"\b{G2}(?:thank "
        r"you|thanks|i am sorry|i love (?:them|her|him)|goodbye) for me\b",
    ),
    (
        "burden_hopelessness",
        S,
        "believes others' lives would be easier without them",
        r"\bwould (?:have|be|live)\b{G2}(?:easier|better|happier|simpler|freer)\b{G2}(?:without me|"
        r"if"
        r" i)\b|\b(?:run|ran|running) out of reasons\b|\bno reasons left\b|\bout of reasons (?:to|"
        r"for)"
        r"\b",
    ),
    (
        "burden_hopelessness",
        W,
        "sounds defeated",
        r"\btired of fighting\b|\b(?:never going to|will never|is never going to) change\b|"
        r"\bnothing "
        r"ever changes\b|\bi (?:ruin|wreck|destroy|spoil)\w* (?:everything|everyone s life|people "
        r"s "
        r"lives|it for everyone)\b|\bstopped trying\b|\bno point\b",
    ),
    # The broadest net: the writer and a death word close together. Weak: it needs company.
    (
        "ideation",
        WT,
        "speaks of death about themself",
        r"\b(?:i|me|my|myself)\b{G5}(?:die|dying|dead|death|suicid\w*|kill|killing|overdose|noose|"
        r"unalive|not wake up|disappear forever|end it|ending it)\b",
    ),
]
