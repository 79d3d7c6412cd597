"""English crisis concepts, continued: danger from another person, and to another person.

A reader may be in danger without wanting to die: a partner who hits them, a threat, a stalker,
a child being hurt. A reader may also threaten someone else. Both need a person to read the
comment now. The idiom guard has already blanked the household hyperbole ("my boss will kill me
if I'm late"), so what reaches these rules is said plainly.
"""

from blog.comments.moderation.crisis_lexicon import C, S, T, W

HURT_VERBS = (
    r"(?:kill|hurt|beat|shoot|stab|strangle|choke|burn|end|get rid of|break|murder|take|rape|"
    r"smother|drown|poison|run over|kidnap|find)"
)
HIT_VERBS = (
    r"(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|slaps|slapped|slapping|"
    r"kicks|kicked|kicking|chokes|choked|choking|strangles|strangled|shoves|shoved|pushed|pushes|"
    r"threw|throws|grabs|grabbed|bites|bit|burns|burned|drags|dragged|rapes|raped|raping|"
    r"molest\w*|abuses|abused|abusing|hurts|hurt|hurting|attacked|attacks|assault\w*|threatens|"
    r"threatened|strangle|choke|beat|hit)"
)
RULES = [
    (
        "other_person_danger",
        S,
        "reports a threat to their life or safety",
        r"\b{PERSON}\b{G3}(?:said|says|say|told me|tells me|threatened|threatens|threaten|keeps "
        r"saying|swore|swears|promised|texted|messaged|warned|yelled|screamed)\b{G4}(?:"
        + HURT_VERBS
        + r") (?:{ME_OBJ}|both of us|the kids|our (?:kids|children|son|daughter|baby))\b|\b{PERSON}"
        r" (?:will|is going to|is gonna|would|might|could|is) (?:kill|murder|shoot|stab|strangle) "
        r"me\b|\bthreat(?:s|ened|ening)? (?:to|against) my (?:life|safety)\b|\bdeath threats?\b|"
        r"\bthreaten\w* (?:to (?:kill|hurt|shoot|stab)|me)\b|\b{PERSON}\b{G6}(?:said|says|told me|"
        r"warned|threatened|texted|swore|yelled)\b{G3}(?:i would|i will|i d|i am going to|i will "
        r"be) "
        r"(?:regret|pay|be sorry|see what happens|not live|not see)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a threat against them if they leave",
        r"\b(?:use|try|pull|point) (?:it|that|the gun|a knife|the knife|his gun|her gun) on me\b|"
        r"\bif "
        r"i (?:ever )?(?:leave|tell|call|report|go to|try to leave)\b{G6}(?:he|she|they) (?:will|"
        r"would|is going to|d) (?:kill|hurt|use|find|take|come after|make|shoot|end)\b",
    ),
    (
        "other_person_danger",
        S,
        "is being hit or abused",
        r"\b{PERSON}\b{G2}" + HIT_VERBS + r" (?:me|us|my (?:\w+ )?(?:son|daughter|kids?|children|"
        r"baby|sister|brother|mum|mom|mother))\b(?! up| with (?:a|an|the) (?:question|idea|fact|"
        r"thought))|\b(?:he|she|they|my \w+) (?:beats|rapes|molests|abuses|chokes|strangles|"
        r"touches|"
        r"touched|molested|raped) (?:her|him|them)\b|\b(?:domestic (?:violence|abuse)|abusive "
        r"(?:husband|wife|partner|boyfriend|girlfriend|relationship|marriage|home))\b(?=.*\b(?:i|"
        r"me|my)\b)",
    ),
    (
        "other_person_danger",
        S,
        "is afraid of someone or to go home",
        r"\b(?:afraid|scared|terrified|frightened|fear|fearful|too scared|too afraid) (?:to go|of "
        r"going|to return|of returning|to be)(?: back)? (?:home|house|to the house)\b|\b(?:afraid|"
        r"scared|terrified|frightened|fear) (?:of|for) (?:him|her|them|my (?:husband|wife|partner|"
        r"boyfriend|girlfriend|ex|dad|father|stepdad|mother|mum|mom|brother|son)|my life|my safety|"
        r"my"
        r" kids|my children|my (?:son|daughter|baby)|what (?:he|she|they) (?:will|might|would|"
        r"could)"
        r" do)\b|\b(?:afraid|scared|terrified) (?:he|she|they) (?:will|is going to|might|would|"
        r"could"
        r") (?:kill|hurt|hit|find|come|take|do)\b",
    ),
    (
        "other_person_danger",
        S,
        "is being controlled, followed or stalked",
        r"\b(?:locks|locked|locking|lock|keeps|kept) me (?:in|inside|up|in the (?:house|room|"
        r"basement"
        r"|car))\b|\b(?:will not|does not|never) let me (?:leave|go out|see (?:my|anyone)|have my "
        r"phone|use my phone|call|talk to|eat|sleep|go home)\b|\b(?:following|stalking|watching|"
        r"tracking|harassing|harasing) me\b|\b(?:stalker|being stalked|stalks me)\b|\b(?:showing "
        r"up|"
        r"showed up|shows up|turns up|turned up|turning up|hanging around|lurking|parking|waiting|"
        r"keeps showing up) (?:outside|at|near|by) my "
        r"(?:house|"
        r"home|apartment|flat|door|work|job|office|building|car|school|window)\b|\b(?:keeps|keep) "
        r"(?:calling|texting|messaging|emailing|sending) me\b{G4}(?:threat\w*|pictures|photos|even "
        r"after|after i|from new numbers|despite)\b|\bthreatening (?:messages|texts|calls|emails|"
        r"letters|notes)\b|\bsending me (?:pictures|photos) of my\b",
    ),
    (
        "other_person_danger",
        W,
        "describes coercive control",
        r"\b(?:took|takes|taking) my (?:phone|keys|passport|money|car keys)\b|\b(?:controls|checks|"
        r"reads|tracks) my (?:money|phone|messages|location)\b|\bi know where (?:he|she|they) "
        r"(?:lives?|works?)\b|\bmake (?:him|her|them|everyone|you all) pay\b|\b(?:found|knows|has|"
        r"got|tracked down) my (?:new )?(?:address|location|house|flat|apartment|number|workplace)"
        r"\b",
    ),
    (
        "other_person_danger",
        S,
        "reports someone with a weapon",
        r"\b(?:man|guy|person|woman|someone|somebody|stranger|neighbou?r|he|she|they|ex|husband|"
        r"partner|boyfriend)\b{G3}(?:with|has|had|holding|waving|pulled|pointed|pointing|"
        r"brandishing|"
        r"carrying) (?:a|his|her|their)? ?(?:knife|gun|weapon|machete|bat|pistol|rifle|axe)\b{G6}"
        r"(?:me|my|outside|door|house|home|building|screaming|threaten\w*|at us)\b|\b(?:pointed|"
        r"held|"
        r"holding|put|waved|pulled) (?:a|his|her|the)? ?(?:knife|gun|weapon|pistol)\b{G3}(?:at me|"
        r"to my|against my|on me|at us|at my|in my face)\b|\bhe has a gun in the house\b",
    ),
    (
        "other_person_danger",
        T,
        "speaks of someone wanting to take their own life",
        r"\b(?:take|taking|end|ending) (?:his|her|their) (?:own )?life\b|\bkill(?:ing|s)? "
        r"(?:himself|"
        r"herself|themselves|themself)\b",
    ),
    # A death by suicide in the past tense is a bereavement: it tells the model to stand down.
    (
        "grief",
        C,
        "speaks of someone who died by suicide",
        r"\b(?:took|taken|ended) (?:his|her|their) (?:own )?life\b|\bkilled (?:himself|herself|"
        r"themselves|themself)\b|\b(?:died|lost \w+|lost (?:him|her|them)) (?:by|to) suicide\b",
    ),
    (
        "other_person_danger",
        T,
        "fears someone close will harm themself",
        r"\b(?:he|she|they|my (?:\w+ )?{KID})\b{G4}(?:wants|want|wanted|wishes|wished|is going|are "
        r"going|plans|planning|threatens|threatening|threatened|talks about|talking about|talked "
        r"about|keeps saying|said|says|told me|tried|is trying)\b{G3}(?:to die|to kill (?:herself|"
        r"himself|themselves|themself)|kill (?:herself|himself|themselves)|(?:she|he|they) (?:was|"
        r"were"
        r"|is) dead|to end (?:it|her life|his life|their life)|suicid\w*|to hurt (?:herself|"
        r"himself|"
        r"themselves)|dying)\b|\b(?:is|are|has been|have been|keeps|started|caught (?:her|him))"
        r"\b{G1}(?:cutting|self harming|hurting|burning) (?:herself|himself|themselves|her arms|"
        r"his "
        r"arms|again)\b|\bworried (?:my|that my|she|he)\b{G3}(?:will|might|is going to) (?:hurt|"
        r"kill"
        r"|harm) (?:herself|himself|themselves)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a child being hurt",
        r"\b(?:my|our|the|a)\b{G2}{KID}\b{G3}(?:is|was|are|has been|being|been|gets|got) (?:being"
        r" )?(?:abused|molested|beaten|hit|hurt|touched|groomed|raped|starved|locked)\b|\bbruises "
        r"on "
        r"(?:my|her|his) (?:son|daughter|kid|child|baby|arms|legs|back|face)\b|\b(?:touches|"
        r"touched|"
        r"touching) (?:my|her|his) (?:\w+ )?(?:daughter|son|kid|sister|brother|child|niece|nephew|"
        r"grandchild)\b|\b(?:touches|touched|touching) (?:her|him) inappropriately\b|\b(?:touch|"
        r"touches|touched|touching) (?:him|her|them|me) (?:inappropriately|sexually|down there|"
        r"where)"
        r"\b|\b{KID} (?:said|told me|says)\b{G6}(?:touched|hurt|hit|abused|hits|beats) (?:him|her|"
        r"them|me)\b",
    ),
    (
        "harm_to_others",
        S,
        "threatens to hurt someone else",
        r"\bi\b{G3}(?:going to|gonna|will|want to|about to|could|might|ready to|plan to|planning "
        r"to|"
        r"thinking about|thinking of|fantasi\w* about|urge to|urges to|thoughts of|thoughts about|"
        r"afraid i will|scared i will|afraid i might|scared i might|keep thinking about)"
        r"\b{G2}(?:kill"
        r"|hurt|shoot|stab|murder|strangle|smother|drown|poison|attack|beat up|harm|run over|burn)"
        r"(?:ing)? (?:him|her|them|someone|somebody|everyone|everybody|people|my (?:\w+ )?(?:baby|"
        r"son|daughter|kids|children|husband|wife|partner|boyfriend|girlfriend|boss|manager|"
        r"coworker|colleague|ex|mother|father|mum|mom|dad|sister|brother|neighbou?r|teacher|"
        r"classmates?)|(?:the|that|this|those) (?:guy|man|woman|people|person|kids|children|boss|"
        r"teacher|neighbou?r|bastard|asshole)|a (?:person|child|kid|man|woman|cop|teacher)|all of "
        r"them|them all|you|you all)\b|\bbring (?:a gun|a knife|something|my gun|a weapon|my "
        r"dad s gun)\b{G2}(?:to work|to school|to the office|to class|in)\b|\bshoot up (?:the|my|a|"
        r"this) (?:school|office|workplace|place|church|mall|campus)\b|\bthoughts of (?:hurting|"
        r"harming|killing|drowning|smothering) (?:my|the) (?:baby|child|kids|children|son|daughter)"
        r"\b",
    ),
]
