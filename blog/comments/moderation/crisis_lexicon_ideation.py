"""English crisis concepts: suicidal ideation, passive ideation, intent and plans.

Built from the word lists in crisis_lexicon ({WANT}, {DIE}, {END}, {TIME}...). Nothing here is
negated away: "I would never kill myself, but..." still holds "kill myself".
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

RULES = [
    # Suicidal ideation, said outright or in slang.
    ("ideation", T, "speaks of suicide", r"\bsu(?:i[csz]+i?|[csz]+i)d\w*|\bsuey\b|suicide\b"),
    (
        "ideation",
        S,
        "speaks of killing themself",
        r"\b(?:kil|kils|kiling|kiled|ofing|ofed|neck|necking|rope|roping|end|ending|delete|"
        r"deleting|yeet|unaliv\w*|un aliv\w*|shoot|shooting|hang|hanging|hung|drown|drowning|"
        r"poison|poisoning|gas|gasing|electrocute) ?{MYSELF}\b(?! in the foot| from)|\b(?:i|to|"
        r"just|might|could|should|will|would|going to|then|finally) of {MYSELF}\b",
    ),
    (
        "ideation",
        S,
        "wants to die",
        r"(?<!they )(?<!he )(?<!she )(?<!who )(?<!clients )(?<!patients )(?<!people )(?<!teens )"
        r"(?:\b{WANT}(?: to| i could| i would| i was| i were| i had)?(?: just| really| simply| "
        r"honestly| literally| actually| finally| rather)? (?:{DIE}|{VANISH})\b|\b{INTEND}(?: to)"
        r"?(?: "
        r"just| finally| really| actually)? {DIE}\b)",
    ),
    (
        "ideation",
        S,
        "speaks of ending their life",
        r"\b{END}\b(?= *$| [.!?,;:])|\b(?:take|taking|took|end|ending|ended) (?:my|my own) life\b|"
        r"\b{END} all\b|\b{WANT}(?: to)? (?:just |finally |really )?{END}",
    ),
    (
        "ideation",
        S,
        "thinks about dying or how to",
        r"\b(?:think|thinking|thought|thoughts|dream|dreaming|obsess\w*|fantasi\w*|ruminat\w*|"
        r"daydream\w*|research\w*|googl\w*|looked|looking|searched|searching|urges?|impulses?)"
        r"(?:(?: about| of| on| up| into)(?: how(?: to)?| ways to| methods of| the best way to| "
        r"the "
        r"easiest way to| the quickest way to)?| how to| ways to| methods of)(?: just)? "
        r"(?:dying(?! "
        r"(?:my|her|his) hair)|my death|my own death|being dead|die|killing myself|kill myself|"
        r"ending (?:it|my life|things|everything)|end (?:it|my life|things|everything)|not being "
        r"(?:here|alive|around)|not existing|not living|no longer living|no longer existing|not "
        r"being "
        r"alive|how i would (?:do it|die|go)|jumping(?! (?:in|into|on|"
        r"at|ship|back))|jump|overdos\w*|painless \w+|suicide|disappearing|not waking up)\b",
    ),
    (
        "ideation",
        S,
        "asks how to die",
        r"\bhow (?:to|do you|would i|could i|can i) (?:die|kill myself|end it|end my life|overdose|"
        r"not wake up)\b|\b(?:painless|easiest|quickest|least painful|surest) (?:way|ways|method|"
        r"methods)(?: to (?:die|go|end|do it))?\b",
    ),
    (
        "ideation",
        S,
        "internet slang for suicide",
        r"(?<!\d )\bkms\b|\bkys\b|\bctb\b|\bunaliv\w*|\bun aliv\w*|\bsewer ?sl?ide\b|\bsewer "
        r"side\b|\bself (?:delete|deleting|deletion)\b|\bcommit die\b|\bexit bag\b|\bsui "
        r"(?:thoughts|"
        r"feelings|urges|ideation|attempt|mode|vibes|again)\b|\b(?:feeling|feel|been|am|so|very|"
        r"kinda) sui\b|\b(?:wanting|want|going|ready) to (?:check out|rope)\b|\bdirt nap\b|\bgame "
        r"over for me\b|\bchecking out (?:early|for good|permanently)\b",
    ),
    (
        "ideation",
        S,
        "wishes to leave life",
        r"\b(?:leave|leaving|exit|exiting|check out of|"
        r"checking out of|quit|quitting|log off|logging off) (?:this world|this life|life|this "
        r"earth|"
        r"the planet|existence)\b|\bbetter off dead\b",
    ),
    (
        "ideation",
        S,
        "describes urges to kill themself",
        r"\b(?:urge|urges|impulse|impulses|temptation|pull|need|thoughts)\b{G2}to (?:kill|hurt|"
        r"harm|"
        r"end) (?:myself|yourself|it all|my life)\b",
    ),
    # Passive ideation: not waking up, not existing, life not worth it.
    (
        "passive_ideation",
        S,
        "wishes not to exist or not to wake up",
        r"\bwish(?:ed|ing)?(?: that)?(?: i| i would| i had| i could| i was| i were)?(?: just| "
        r"simply)? (?:dead|never been born|not been born|not born|never born|died|not here|not "
        r"alive|gone|not exist|not wake up|never wake up|disappear|vanish|stop existing|fall "
        r"asleep "
        r"and|sleep forever|not survived|had died|die|was dead|were dead|had never been|could die|"
        r"could disappear|would die|would not wake|had not woken|did not wake|would not exist)\b",
    ),
    (
        "passive_ideation",
        S,
        "is at peace with not existing",
        r"\b(?:fine|ok|okay|happy|at peace|content|comfortable|relieved|glad)\b{G2}(?:with|about) "
        r"(?:not existing|dying|being dead|not being here|not waking up|never waking up|not being "
        r"alive)\b|\b(?:death|dying|not existing|not being here|being dead|the void|nothingness|"
        r"eternal sleep|not waking up)\b{G2}(?:sounds|seems|feels|looks) (?:so )?(?:peaceful|nice|"
        r"good|better|appealing|like a relief|easier|restful|tempting|inviting|like freedom|like "
        r"rest)\b",
    ),
    (
        "passive_ideation",
        S,
        "wants everything, themself included, to stop",
        r"\b(?:want|wish i could|need|i just want) (?:to )?(?:just )?stop\b(?=\s*$|\s[.!?,;:])|"
        r"\b(?:"
        r"hope|wish|pray)\w*\b{G3}my (?:heart|body|lungs|breathing|brain) (?:would |will )?(?:just "
        r")?"
        r"(?:stop|stops|gives? out|gives? up|fails?|quits?)\b",
    ),
    (
        "passive_ideation",
        S,
        "hopes not to wake up",
        r"\b(?:hope|hoping|pray|praying|prayed|wish|wishing)\b{G4}(?:that )?i(?: will| would)? "
        r"(?:do not|does not|will not|would not|never|not|just do not) (?:wake up|make it|survive|"
        r"see (?:tomorrow|the morning|another))\b|\b(?:never|not) wake up (?:again|ever)\b",
    ),
    (
        "passive_ideation",
        S,
        "does not want to live",
        r"\b(?:do not|did not|never|no longer|not)(?: \w+){0,3} (?:want|wanna|wanted|wish) (?:to )"
        r"?(?:"
        r"keep living|keep going|go on|live|be alive|exist|continue|carry on|survive|wake up)\b|"
        r"\b(?:do not|did not|never|no longer|not) (?:want|wanna|wanted|wish|feel like|care) "
        r"(?:to )?(?:live|living|be alive|being alive|be here|exist|existing|wake up|go on|keep "
        r"going|keep living|continue|carry on|survive|be around|be me|be anymore)\b(?! (?:at|early|"
        r"so"
        r" early|before|for (?:the|a|work|class)|in the morning))",
    ),
    (
        "passive_ideation",
        S,
        "sees no reason to live",
        r"\b(?:no|not|do not|can not|lost|losing|lose|without)(?: \w+)? (?:reason|reasons|point|"
        r"will|purpose|meaning|desire) (?:to|in|for|of) (?:live|living|life|go on|going on|keep "
        r"going|carry on|carrying on|be here|being here|wake up|waking up|get up|getting up|exist|"
        r"existing|it all|any of it|continue|continuing|anything anymore)\b|\bnothing "
        r"(?:left )?to live for\b|\b(?:lost|losing|lose|no) (?:the |my |all )?will to live\b",
    ),
    (
        "passive_ideation",
        S,
        "asks what the point of going on is",
        r"\bwhat is (?:even |really |actually |honestly )?the (?:point|use|reason|purpose)(?: of| "
        r"in| "
        r"for)?{G2}(?:going on|living|life|being here|existing|"
        r"anything|any of it|it all|trying anymore|carrying on|getting up|waking up|continuing|"
        r"existing|being alive|being here|staying|me|anymore|even trying|any more)\b|\b(?:do not|"
        r"can not|no longer|do not even) see (?:the|any|a) point(?: in| of| to)?{G2}(?:anything|"
        r"living|life|going on|trying|waking up|getting up|existing|anymore|any more|me)\b",
    ),
    (
        "passive_ideation",
        S,
        "feels life is not worth living",
        r"\blife{G3}(?:not|no longer|never) worth (?:living|it|the pain|the struggle|the effort)\b|"
        r"\b(?:not|no longer|never) worth living\b|\blife (?:is|feels|seems|has become|has been) "
        r"(?:meaningless|pointless|worthless|hopeless|unbearable|empty|over)\b|\btired of "
        r"(?:living|life|being alive|existing|breathing|waking up|being me|this life|my life|"
        r"surviving|being here|it all|everything|pretending)\b",
    ),
    (
        "passive_ideation",
        S,
        "would not mind dying",
        r"\b(?:would not|do not|would no longer|really would not|honestly would not|i would not) "
        r"(?:mind|care|be sad)(?: at all| much| really| honestly)?(?: if| whether| when)"
        r"?{G5}(?:died|"
        r"die|dead|killed me|hit me|kill me|did not wake|never woke|crashed|take me|took me|run me "
        r"over|ran me over|happened to me|was gone|disappeared|got hit|get hit)\b|\bif (?:a|the|"
        r"some"
        r"|that) (?:car|truck|bus|train|plane|lorry|driver|illness|disease|cancer|stroke|heart "
        r"attack|accident){G2}(?:hit|hits|killed|kills|took|takes|ran over|runs over|crashed|got)"
        r"(?: \w+)? me\b{G8}(?:would not mind|would not care|do not care|relieved|be a relief|"
        r"welcome it|be fine|be ok|be okay|so what|be grateful|thankful)",
    ),
    (
        "passive_ideation",
        S,
        "wants to sleep forever or vanish",
        r"\b(?:want|wish|like|need|rather|just|longing)(?: to| i could)?{G1}(?:sleep|go to sleep|"
        r"fall asleep|be asleep)(?: and)?{G2}(?:forever|never wake|not wake|never come back|not "
        r"come"
        r" back|for good|permanently|eternally|never ever)\b|\b(?:want|wish|need)\b{G2}(?:it all|"
        r"everything|the pain|life|my life|the world|all of it|the suffering|it) to (?:just )"
        r"?(?:end"
        r"|stop|be over|go away|go dark)\b(?! \w+ing\b| so (?:i|we) can)",
    ),
    # Intent and plans: a method, a date, a note, a decision.
    (
        "intent_plan",
        S,
        "has a plan or a time to act",
        r"\b(?:going to|gonna|will|decided to|plan to|planning to|ready to|about to|set to|have to|"
        r"i am|it is|i will)(?: just| finally| really| actually)? (?:do it|go through with it|"
        r"{END}|"
        r"kill myself|killing myself|take my life|taking my life|be gone|finish it|make it stop)"
        r"\b{G4}{TIME}\b|\b{TIME}\b{G8}(?:do it|go through with it|{END}|kill myself|be gone|i "
        r"will "
        r"be gone|it will be over|it will all be over|it ends)\b",
    ),
    (
        "intent_plan",
        S,
        "has written a note or letters",
        r"\b(?:wrote|written|write|writing|finished|left|leave|leaving|drafted|drafting|hidden|hid|"
        r"started|starting|recorded|recording) (?:a final|my final|my last|a last|a goodbye|my "
        r"goodbye|a farewell|my farewell|goodbye|farewell|suicide|the last|final|last) (?:note|"
        r"notes|"
        r"letter|letters|message|messages|video)\b|\b(?:wrote|written|writing|finished|left|hid|"
        r"hidden) (?:the|my) (?:note|letter)s?\b(?! (?:for|to|about|on|from|of|in (?:the|my) "
        r"(?:file|chart|record))\b)|\b(?:wrote|written|writing|finished|left|leave)(?: a| "
        r"the| my| some)? (?:notes?|letters?) (?:to|for) (?:my|each|everyone|all|the kids|them|"
        r"her|him)(?: \w+)?(?: family| kids| children| sons?| daughters?| sisters?| brothers?| "
        r"parents| mum| mom| mother| dad| father| husband| wife| partner| friends?| grandchildren|"
        r" loved ones| people| of them)\b|(?<! s )\b(?:suicide|goodbye|farewell) (?:note|notes|"
        r"letter|letters)\b",
    ),
    (
        "intent_plan",
        S,
        "says they know how they would do it",
        r"\b(?:know|knows|figured out|worked out|found|decided|chosen|chose|picked)(?: out)? "
        r"(?:exactly )?(?:how|when|where|the way|a way|the place|the spot|the day|the date|a date|"
        r"a "
        r"day|a place|a spot|the method|a method|the bridge|the time)(?: i am| i will| i would| i "
        r"could| to| that)?{G3}(?:do it|end it|go|die|it will not hurt|will not hurt|will be quick|"
        r"painless)\b|\b(?:plan|method|means|way)\b{G2}(?:and|with) (?:a|the) (?:date|day|time|"
        r"place)"
        r"\b|\bi have (?:a|the) (?:method|means)\b",
    ),
    (
        "intent_plan",
        W,
        "speaks of a decision or a date",
        r"\b(?:i have|i)(?: finally)? (?:decided|made up my mind|made my decision|made the "
        r"decision|"
        r"made my peace)\b|\bmade up my mind\b|\b(?:the|a) date is (?:set|chosen|picked)\b|\b(?:set"
        r"|picked|chose|chosen) (?:a|the) (?:date|day)\b|\b{TIME} is the (?:night|day)\b|\bi have "
        r"a "
        r"(?:plan|date)\b|\bit will (?:all )?be over\b|\bi will be gone\b|\bmy mind is made up\b",
    ),
]
