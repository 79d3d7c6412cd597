"""English crisis concepts, continued: farewells, burden and hopelessness, despair.

Farewells are the most easily missed sign because every word in them is kind: a thank-you, a
pet who needs a home, a last post. They count when the words point at the writer's own absence
("when I'm gone", "I won't be around"), and the softest of them (a thank-you for everything, a
"don't blame yourselves") only together with a second sign.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

PETS = (
    r"(?:cat|cats|dog|dogs|pet|pets|kitten|puppy|kids|children|son|daughter|plants|bird|birds|"
    r"rabbit|hamster|fish|horse|mum|mom|mother|dad|father|husband|wife|partner|family|boy|girl|"
    r"babies|baby|garden|parrot|tortoise|guinea pigs?)"
)
GONE = (
    r"(?:when|after|once|if) i am (?:gone|dead|not here|not around|no longer here|no longer "
    r"around)|when i die|after i die|after my death|when i go|after i go|when i am not here "
    r"anymore"
)
RULES = [
    (
        "farewell",
        S,
        "speaks of when they are gone",
        rf"\b(?:{GONE})\b|\bby the time (?:you|anyone|someone|they|you all|somebody|people|anybody)"
        r" (?:read|reads|see|sees|find|finds)\b",
    ),
    (
        "farewell",
        S,
        "says they will not be around",
        r"\b(?:will not|not going to|probably will not|do not think i will|might not|may not|wil "
        r"not) be (?:around|here|alive)\b{G3}(?:much longer|for much longer|long|for long|anymore|"
        r"any more|any longer|after (?:this|tonight|today|the weekend|friday|that)|by (?:then|next|"
        r"the time|tomorrow|monday|the weekend|christmas)|next (?:year|month|week|time)|to see|for "
        r"(?:christmas|the holidays|your|my)|after)\b|\bi will not be around\b(?= *$| [.!?,;:])|"
        r"\b(?:will not|no longer|never) have to (?:deal with|worry about|put up with|look after|"
        r"take care of|see|hear from) me\b|\bi (?:will|am going to|will soon) (?:no longer|not) be "
        r"(?:a (?:problem|burden)|your problem|bothering (?:you|anyone))\b",
    ),
    (
        "farewell",
        S,
        "posts a last message or goodbye",
        r"\b(?:this is|this will be|consider this|here is|it is) (?:my|the) (?:last|final) (?:post|"
        r"comment|message|words|entry|goodbye|note|reply|time)\b(?! (?:on|about|for|before|of|"
        r"until|"
        r"till) (?:this|the|today|now|a while|bed|tonight|lunch)\b)|\b(?:final|last) (?:comment|"
        r"message|post|words|goodbye) from me\b|\b(?:goodbye|good bye|bye|farewell|adieu)(?: to)? "
        r"(?:everyone|everybody|all|all of you|world|cruel world|friends|forever|for good|for ever|"
        r"my"
        r" friends|this world|this community|you all|guys|for real)\b|\b(?:signing|logging) off "
        r"(?:for good|forever|permanently|for the last time)\b",
    ),
    (
        "farewell",
        T,
        "says goodbye",
        r"(?<!never got to )(?<!not get to )(?<!chance to )(?<!could not )\b(?:say|said|saying) "
        r"(?:my )?(?:goodbye|goodbyes|good "
        r"bye|farewell|bye)\b(?! to (?:winter|summer|the (?:old|last)|my old|our old|this (?:job|"
        r"house|city|season)))|\bmy (?:last|final) goodbye\b",
    ),
    (
        "farewell",
        S,
        "asks someone to look after their pet or family",
        rf"\b(?:take care of|look after|care for|feed|adopt|rehome|re home|find a home for|find a "
        rf"new "
        rf"home for|keep|love) (?:my|our)\b{{G1}}{PETS}\b{{G4}}(?:for me|when i|after i|once i|if "
        rf"i|"
        rf"if anything happens|please)\b|\bwhoever (?:takes|gets|ends up with|adopts|finds) (?:my|"
        rf"our) {PETS}\b",
    ),
    (
        "farewell",
        T,
        "is giving their belongings away",
        r"\b(?:giving|gave|given|give|handing|handed|hand) (?:away|out)(?: all| most| some| a lot)?"
        r"(?: of)? (?:my|everything|all)\b{G1}(?:things|stuff|belongings|possessions|"
        r"clothes|books|jewel\w*|guitar|records|art|plants|pets?|cat|dog|furniture|collection|"
        r"savings|money|everything|it all|what i own)\b|\bgiving (?:some of |all of |most of |away "
        r")?"
        r"(?:my|our) (?:cat|dog|pets?|things|stuff|belongings|books|clothes) (?:away|to)\b|"
        r"\b(?:will "
        r"not|won t|do not|no longer) (?:be needing|need) (?:these|"
        r"this|them|it|my things|my stuff|any of (?:it|this))(?: anymore| where i am going)?\b",
    ),
    (
        "farewell",
        W,
        "sounds like a farewell",
        r"\b(?:thank you|thanks|thank u)(?: all| everyone| so much| guys| again)? for everything\b|"
        r"\b(?:i )?love (?:you all|you guys|you all so much)\b|\b(?:do not|please do not) (?:blame|"
        r"hate|be sad|cry|feel bad|grieve|worry)\b{G2}(?:yourselves|yourself|for me|about me|when|"
        r"after|if)\b|\bnot (?:your|anyone s|anybody s|any of your|their|her|his|my \w+ s) fault\b|"
        r"\bremember me\b|"
        r"\bsorry for everything\b|\bforgive me\b|\b(?:will not|not going to|never) be (?:back|"
        r"returning|finishing (?:the|this) course)\b|\b(?:leaving|leave|left) (?:my|the|all my) "
        rf"{PETS}\b{{G2}}(?:to|for|with) (?:my|a|the|her|him|them)\b|\b(?:sorted|sorting) (?:the|"
        rf"my) "
        r"(?:paperwork|affairs|accounts|will)\b|\b(?:affairs|everything) (?:in order|is sorted|is "
        r"taken care of|taken care of)\b|\b(?:made|wrote|updated) (?:a|my) will\b|\bit was "
        r"(?:nice|good|lovely) knowing (?:you|some of you|everyone|you all)\b|\bthey were the only "
        r"thing\b|\bwas the only thing (?:i|that)\b|\b(?:do|doing) anything stupid\b|\b(?:feel|"
        r"felt|"
        r"feeling) (?:so |strangely |weirdly |oddly )?(?:calm|at peace|peaceful|relieved)\b{G6}(?:"
        r"first time|finally|decided|now that|since i|weird|strange)\b",
    ),
    # Burden and hopelessness.
    (
        "burden_hopelessness",
        S,
        "believes others would be better off without them",
        r"\bbetter (?:off )?without me\b|\b(?:they|everyone|everybody|people|my \w+|the world|you "
        r"all|you guys|he|she|the kids|all|life)\b{G3}(?:better|happier|fine|relieved|freer|free|"
        r"ok|"
        r"okay|easier|lighter)(?: off)? (?:without me|if i (?:was|were|am|was not|were not|am not|"
        r"was no longer|were no longer) (?:here|around|gone|dead|alive|there|in the picture)|if i "
        r"(?:disappeared|died|left|was gone|were gone|did not exist|was not born)|with me gone|with"
        r" me out of the way|once i am gone|when i am gone)\b|\b(?:be|would be|be so much|would be "
        r"so"
        r" much) (?:better|happier)(?: off)? with (?:someone|somebody) (?:else|who is not|who was "
        r"not"
        r"|normal|better|who could)\b|\bif i (?:was|were) (?:gone|not here|"
        r"not around|dead|out of the picture|out of the way)\b",
    ),
    (
        "burden_hopelessness",
        S,
        "feels they are a burden",
        r"\b(?:i am|i feel like|i feel|i have become|i have been|i will always be|i will only be|"
        r"i am such|i am just|i am only|feeling like|i am nothing but|i am always)\b{G2}(?:a|an|"
        r"the|"
        r"such a)? ?(?:burden|weight|drain|nuisance|liability|leech|parasite|millstone|albatross|"
        r"waste of (?:space|oxygen|air|life|skin)|mistake|dead weight)\b|\bburden (?:to|on|for) "
        r"(?:everyone|everybody|my|them|you all|people|all|the people)\b",
    ),
    (
        "burden_hopelessness",
        S,
        "says there is no way out",
        r"\bno way (?:out|forward)\b|\b(?:can not|do not|cannot) (?:see|find) (?:a|any) way (?:out|"
        r"forward|through)\b|\bweight (?:around|on|round)\b{G3}necks?\b|\bno (?:escape|exit|future|"
        r"hope|light)(?: left)? for me\b|\b(?:i have|i|"
        r"there is|i am|i feel|i have got)\b{G2}(?:no|lost|losing|out of|zero|without) (?:all |any "
        r"|"
        r"more )?hope\b|\b(?:i am|i feel|feeling|feel|so|completely|totally|utterly|just) "
        r"hopeless\b"
        r"|\btrapped\b{G3}(?:forever|no way|in my (?:life|head|body|mind)|with no)\b",
    ),
    (
        "burden_hopelessness",
        S,
        "says nothing will get better",
        r"\bnothing (?:will|is going to|is ever going to|ever|can|could|would)(?: ever)? (?:get|"
        r"gets|"
        r"be|become|change|changes|improve|help|helps|fix)(?: me)? (?:better|any better|easier|me)"
        r"\b|\bwill never (?:get|be|feel) (?:better|any better|easier|ok|okay)\b|\bnothing "
        r"(?:feels|"
        r"seems|is) worth (?:it|anything|living for|the effort|getting up for)\b|\b(?:never|not) "
        r"(?:going to|will)(?: ever)? (?:get|be|feel) (?:better|any better|ok|"
        r"okay|normal|easier)\b|\bnever going to (?:get|be) better\b",
    ),
    (
        "burden_hopelessness",
        S,
        "cannot go on",
        r"\bcan not (?:go on|keep going|take (?:it|this|this pain|the pain|any more|much more|"
        r"living)|carry on|live like this|keep living|face (?:another day|tomorrow|another)|"
        r"survive "
        r"(?:this|another)|keep doing this|do (?:this|life|it) (?:anymore|any more|any longer))\b"
        r"(?:{G2}(?:any ?more|any longer|much longer|like this|for much longer))?(?<!doing this)"
        r"(?<!do this anymore)(?<!do this any more)|\b(?:i am|i have|i am so|i am just)(?: \w+)? "
        r"(?:done|finished) with (?:life|living|everything|it all|this life|this world|existing|"
        r"being alive|trying|fighting|people|myself)\b|\b(?:given up|giving up|give up|gave up) on "
        r"(?:life|living|myself|everything|getting better|recovery|ever)\b|\bi (?:do not|would "
        r"not|will never) deserve to (?:live|be alive|be here|exist)\b|\b(?:should not|should "
        r"never)"
        r" (?:be here|be alive|exist|have been born|have survived|be around)\b",
    ),
    (
        "burden_hopelessness",
        S,
        "believes nobody would notice if they were gone",
        r"\b(?:nobody|no one|no body|not a single person|not one person|no one at all|no one here)"
        r"\b{G2}(?:would|will|even|ever)?{G1}(?:notice|miss|care|mind|cry)\b{G3}(?:if i|when i|i "
        r"am "
        r"gone|i was gone|me gone|if i was|if i were|if i died|if i disappeared)\b",
    ),
    # Despair: each is ordinary on its own; two different ones together are a reason to read.
    (
        "burden_hopelessness",
        W,
        "sounds despairing",
        r"\b(?:i am|i feel|feeling|feel|i have been)(?: so| completely| totally| utterly| really| "
        r"very| incredibly| just| always| constantly)+ (?:alone|lonely|empty|numb|lost|exhausted|"
        r"drained|tired|done|miserable|broken)\b|\b(?:i am|i feel|feeling|feel|i have been)"
        r"\b{G2}(?:"
        r"empty inside|numb|broken|worthless|hopeless|useless|defeated|trapped|hollow|dead inside|"
        r"pointless|invisible|a failure|a disappointment|unlovable|falling apart)\b|\b(?:nobody|no "
        r"one) (?:cares|notices|"
        r"would notice|would care|understands|listens|loves me|wants me|would miss|ever notices)\b|"
        r"\bcry(?:ing)? (?:myself to sleep|every (?:night|day)|all (?:night|day))\b|\bi hate "
        r"(?:myself|my life|being alive|living|existing|who i am)\b|\b(?:everything|life|it all) "
        r"(?:is|feels|seems) (?:too much|pointless|meaningless|hopeless|dark|unbearable|falling "
        r"apart|so heavy)\b|\b(?:dark|bad|scary|intrusive|awful|horrible) thoughts\b|\bin a "
        r"(?:dark|"
        r"bad|very dark|really dark|black) place\b|\bend of my (?:rope|tether)\b|\bi(?: have)? "
        r"(?:given up|give up|am giving up)\b|\bnothing (?:is going to|will|ever will) (?:change|"
        r"be "
        r"different)\b|\bnothing is going to"
        r"(?= [,.!?;]| *$)|\b(?:nothing|no) (?:left|more) (?:to give|in me|"
        r"inside)\b|\bpain (?:never|will never|would never) (?:stop|end|go away)\b|\bwhat is wrong "
        r"with me\b|\bi do not know how much (?:longer|more)\b|\bcan not (?:do this|cope|handle "
        r"(?:it|this|life|anything)|bear (?:it|this))\b|\bi do not (?:see|know) the point\b|"
        r"\b(?:the|"
        r"my) (?:will|energy|strength) to (?:keep going|go on|fight|carry on)\b|\bdone being "
        r"(?:scared|afraid|hurt|alive)\b|\bno longer (?:care|feel anything)\b|\bi am so done\b|"
        r"\bnot sure i will (?:next time|again|make it)\b|\bdo not know who else to tell\b|\bhave "
        r"to pretend\b|\bneed to pretend\b|\bpretend(?:ing)? (?:to be|i am) (?:ok|okay|fine)\b",
    ),
]
