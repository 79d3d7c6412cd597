"""Hints that stood in for the words: concepts from comments written blind to the rules.

A stranger's comment often names no method and no death: the bottle of tablets they keep
looking at, the dose they know would do it, the drop they think about from the car park, the
Christmas they do not see themselves reaching, the pet given away to "a better life", the bus
they would not step out of the way of. Each rule below names one such concept in its several
wordings, and a few cover a friend or relative who says they will kill themself in the other
languages the blog's readers write in.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W
from blog.comments.moderation.crisis_lexicon_oblique import PETS

# Anything kept to hand that a person might use on themself.
MEANS = r"(?:{PILLS}|{FIREARM}|{BLADE}|rope|noose|belt|cord|ligature|bottle|bottles|the drawer)"
# Someone close, in Spanish, Portuguese, French and Italian (accents already stripped).
CLOSE_ES = (
    r"(?:mi|el|la|minha|meu|o meu|a minha|mon|ma|il mio|la mia) (?:amig[oa]|amie?|herman[oa]|"
    r"irma|irmao|hij[oa]|filh[oa]|novi[oa]|namorad[oa]|pareja|madre|padre|mama|papa|mae|pai|"
    r"mere|pere|prim[oa]|esposo|esposa|marido|mujer|copain|copine|soeur|frere|fils|fille|"
    r"amica|amico|sorella|fratello|figli[oa]|ragazz[oa])"
)
RULES = [
    (
        "means",
        S,
        "keeps looking at means they have to hand",
        r"\b" + MEANS + r"\b{G10}(?:keep|kept|keeps|been|sit|sat|sitting|can not stop|could not "
        r"stop|spent (?:the|all) (?:night|evening|day)) (?:looking|staring|thinking about|holding|"
        r"touching|checking|counting|eyeing|glancing|turning)\b(?: (?:at|over))? (?:it|them|the "
        r"\w+|that|those|this)\b|\b(?:keep|kept|can not stop|could not stop) (?:looking|staring|"
        r"glancing) at (?:the|my|those|that|his|her|mum s|mom s|dad s|mums|moms|dads)\b{G3}"
        + MEANS
        + r"\b",
    ),
    (
        "means",
        T,
        "knows what amount would be enough",
        r"\b(?:what|which|how much|how many|the) (?:dose|amount|quantity|number|of (?:my|the|her|"
        r"his|them))\b{G4}(?:would do it|would be enough|would kill|would be fatal|is fatal|is "
        r"lethal|would be lethal|would take|it would take|it takes|does it|would finish|would "
        r"do the job)\b|\bhow (?:many|much)\b{G4}(?:it would take|it takes|would do it|would do the"
        r" "
        r"job|would be fatal)\b",
    ),
    (
        "means",
        S,
        "thinks about the drop from a height",
        r"\b{HEIGHT}\b{G10}(?:think|thinking|thought|imagine|imagining|imagined|picture|picturing|"
        r"wonder|wondering|measure|measuring|count|counting) (?:about |of )?(?:the )?(?:drop|jump|"
        r"height|way down|ground below|landing|impact|how far down|how high|how far it is)\b",
    ),
    (
        "passive_ideation",
        S,
        "does not see themself alive in the future",
        r"\bi (?:do not|can not|could not|no longer|never) (?:see|imagine|picture|envision) "
        r"(?:myself|me) (?:being |still )?(?:around|alive|still alive|still here|still around|"
        r"making it (?:to|through|past)|living (?:to|past|much longer|long)|growing old|getting "
        r"old|reaching (?:\d+|my|the)|turning \d+|at (?:the|my) (?:next|wedding|graduation))\b(?! "
        r"(?:with|at this|in this|as a))",
    ),
    (
        "passive_ideation",
        S,
        "welcomes an accident that would kill them",
        r"\b(?:fine|ok|okay|happy|glad|relieved|grateful|thankful|would not mind|would not care|"
        r"not mind|would welcome|would be a relief)\b{G3}if (?:a|the|some|that) (?:bus|car|truck|"
        r"lorry|train|plane|meteor|asteroid|drunk driver|driver)\b{G3}(?:hit|hits|ran over|runs "
        r"over|killed|kills|crashed|crashes|took me|got me)\b|\b(?:would not|will not|not|never) "
        r"(?:even )?(?:step|get|move|jump|swerve|run|bother to move) out of (?:the|its|their) way"
        r"\b",
    ),
    (
        "farewell",
        W,
        "is finding a new home for a pet",
        r"\b(?:gave|given|giving|give|handed|handing|found|finding|find|rehomed|rehoming) (?:away )"
        r"?"
        r"(?:my|our)\b{G2}" + PETS + r"\b{G3}(?:to|a new home|new homes|a good home|away)\b|\b(?:a "
        r"new home|new homes) for (?:my|our)\b{G2}" + PETS + r"\b",
    ),
    (
        "farewell",
        W,
        "says someone else will look after what they leave better",
        r"\b(?:will|would|is going to|are going to) (?:have|get|give (?:him|her|them|it)) a (?:much"
        r" "
        r")?(?:better|happier) (?:life|home)\b|\bbetter off with (?:her|him|them|you|someone "
        r"else)\b|\bno lo voy a necesitar\b|\bya no (?:lo|la|los|las) (?:voy a necesitar|necesito)"
        r"\b",
    ),
    (
        "intent_plan",
        S,
        "is planning their own exit",
        r"\b(?:plan|planning|planned|prepare|preparing|prepared|thinking about|organising|"
        r"organizing|arranging|arranged|sorting|sorted|figured out|worked out|chosen|chose|picked|"
        r"started planning|rehearsing|rehearsed) my (?:own )?(?:exit|way out|departure|final exit|"
        r"escape)\b(?! (?:from|strategy|interview|of|out of|plan from|at work|visa|route from|"
        r"package))",
    ),
    (
        "passive_ideation",
        S,
        "does not want to go on breathing",
        r"\b(?:do not|no longer|never|not) (?:want|wanna|wish) (?:to )?(?:be breathing|keep "
        r"breathing|breathe (?:anymore|any more|at all))\b|\b(?:want|wish|wanted) (?:to |i could )?"
        r"(?:just )?stop breathing\b(?! (?:so|through|loud|heavily))",
    ),
    (
        "other_person_danger",
        T,
        "says someone close will kill themself (other languages)",
        r"\b"
        + CLOSE_ES
        + r"\b{G6}(?:se va a (?:matar|suicidar)|va a (?:matarse|suicidarse)|quiere (?:matarse|"
        r"suicidarse|morirse|morir|quitarse la vida)|se quiere (?:matar|morir|suicidar)|"
        r"(?:vai|quer) se (?:matar|suicidar)|(?:va|veut) se (?:tuer|suicider)|vuole "
        r"(?:uccidersi|suicidarsi|ammazzarsi|morire)|si vuole (?:uccidere|ammazzare))\b|\b(?:se va "
        r"a matar|se va a suicidar|se quiere suicidar)\b{G4}(?:esta noche|hoy|manana|ya)\b",
    ),
    (
        "farewell",
        W,
        "says thank you while there is still time",
        r"\b(?:thank|thanks|grateful|wanted to say|say goodbye|tell you|let you know)\b{G8}(?:befor"
        r"e "
        r"(?:then|i go|it is too late|i leave|the end|that day|i am gone)|while i (?:still )?can|"
        r"one last time|for the last time|before it is over)\b",
    ),
    (
        "passive_ideation",
        S,
        "wants a sleep that does not end",
        r"\b{WANT}\b{G4}(?:(?:a|the) sleep (?:that|which|i) (?:does not|never|will not|would not|"
        r"do not) (?:end|wake up from|come back from)|(?:an )?(?:endless|eternal|permanent|"
        r"never ending|final|forever) (?:sleep|rest|nap)|to sleep for good)\b",
    ),
    (
        "passive_ideation",
        S,
        "is waiting for their body to give out or for death",
        r"\b(?:waiting|wait|waited) (?:for|until) (?:my )?(?:body|heart|lungs|organs) (?:to )?"
        r"(?:give up|gives up|give out|gives out|stop|stops|fail|fails|quit|shut down|shuts down)\b"
        r"(?! (?:\w+ing|so fast|beating fast))"
        r"|\b(?:waiting|wait) (?:for death|to die|for the end|for my time (?:to come|to be up)|for "
        r"it all to (?:end|stop|be over)|for (?:the day|the moment) i die)\b",
    ),
    (
        "passive_ideation",
        S,
        "is alive only for one thing or one person",
        r"\bif (?:it (?:was|were) not for|i did not have|not for|it was not for|i lost|anything "
        r"happens to)\b{G4}(?:i would|i would have|i would be|i d)\b{G3}(?:checked out|gone|dead|"
        r"not be here|not be alive|ended it|done it|killed myself|been gone|be gone|left this|given"
        r" "
        r"up(?! (?:on|with|at|the|my|a|this|that|by|in|to|for)))\b|\b(?:the )?only (?:reason|thing|"
        r"one) (?:i am|keeping me|that keeps me|i m|holding me) (?:still )?(?:here|alive|breathing|"
        r"on this earth|from (?:doing it|ending it))\b(?! (?:at|in|for|this|on))",
    ),
    (
        "ideation",
        S,
        "researches ways to die",
        r"\b(?:googl\w*|search\w*|research\w*|looking up|looked up|reading about|read up on|"
        r"watching videos (?:on|about))\b{G2}(?:ways|how|methods|the best way|the easiest way|the "
        r"quickest way|the least painful way) to (?:go|die|do it|end it|not wake up|disappear|"
        r"slip away|leave)\b(?! (?:to|back|home|out|about|vegan|viral|on|from|abroad|away|with|"
        r"for|school|work|faster))",
    ),
    (
        "means",
        S,
        "tests a ligature",
        r"\b(?:rope|cord|belt|cable|ligature|noose|dog lead|leash)\b{G8}(?:strong enough|hold my "
        r"weight|take my weight|hold me|the right length|tested it|test it|knot|beam|rafter|"
        r"banister|bannister|hook|loft hatch|door frame|doorframe)\b|\b(?:strong enough|hold my "
        r"weight|take my weight|the right length|knot|beam|rafter|banister|bannister|hook)\b{G4}"
        r"(?:rope|cord|belt|cable|ligature|noose)\b",
    ),
    (
        "self_harm",
        S,
        "opens or marks their skin",
        r"\b(?:open|opened|opening|split|splitting|slit|slitting|slash\w*|tear|tore|tearing|rip|"
        r"ripped|ripping|carve|carved|carving|mark|marked|marking) (?:up )?(?:my|both|the skin on "
        r"my)\b{G1}{BODY}\b|\b(?:fresh|new|red|deep|raw|more|bleeding|angry) (?:lines|marks|tally "
        r"marks|cuts|slashes|scratches|gashes) (?:on|across|along|up|down|in) (?:my|both)\b{G1}"
        r"{BODY}\b|\b(?:used|using|use|took|take|taking) (?:a|the|my)\b{G2}(?:{BLADE}|compass|pin|"
        r"safety pin|needle|lighter|pencil sharpener|nail|lid|tin lid|paper clip) (?:on|to|against|"
        r"across|into) (?:my)\b{G1}{BODY}\b",
    ),
    (
        "self_harm",
        S,
        "relapsed after a clean stretch",
        r"\b(?:clean|free|sober|without (?:cutting|self harm|hurting myself)) for (?:\d+|a|an|one|"
        r"two|three|four|five|six|seven|eight|nine|ten|several|many|almost|nearly|over)\b{G2}"
        r"(?:days?|weeks?|months?|years?)\b{G3}(?:and now|now|until|till|then|but)\b{G6}(?:fresh|"
        r"new|again|relapsed|cut|cutting|lines|marks|blood|scars|burns|the blade|razor)\b",
    ),
]
