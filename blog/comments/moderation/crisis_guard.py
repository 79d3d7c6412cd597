"""What the crisis detector must not read as danger: figures of speech and professional talk.

The idiom guard blanks only the idiom's own words ("this bug is killing me"), never the comment,
so a comment that also says something real ("...and I want to die") is still caught. Idioms are
described by their shape (a death word bent into praise, hyperbole or tiredness), not listed as
whole sentences.

Context cues decide something narrower: whether a bare topic word ("suicide", "self-harm",
"overdose", "saying goodbye") is the writer's own experience or a subject under discussion by a
clinician, a policy reader or a bereaved reader. They only ever silence those topic rules, and
only in a sentence with no first-person experience in it.
"""

from blog.comments.moderation.crisis_text import concept

_VERB_ING = r"(?:read|see|know|hear|try|get|learn|watch|meet|start|find|share|tell|go|join|ask)"
_FEELINGS_ES = (
    r"(?:risa|ganas|hambre|sue[nñ]o|calor|frio|verguenza|curiosidad|envidia|amor|aburrimiento|"
    r"cansancio|nervios|miedo|pena|sed|gusto|alegria|emocion|la risa|ternura)"
)
# What exasperation threatens ("I'll shoot myself", "I'm going to jump out the window").
_HYPERBOLE = (
    r"(?:(?:shoot|kill|hang|throw|stab) myself|jump (?:out (?:of )?|off |from )(?:a |the |my |"
    r"this )?(?:window|bridge|roof|building|balcony)|walk into traffic|scream)\b"
)
_NUISANCE = (
    r"(?:traffic|commute|meetings?|zoom|teams call|queues?|printer|wifi|wi fi|spreadsheets?|"
    r"hold music|customer service|ads|adverts?|captchas?|passwords?|paperwork|emails?|inbox|"
    r"small talk|group chat|jingle|autocorrect|updates?|roadworks|delays?|parking|the bus|the "
    r"train|dmv|airport|self checkout|buffering|lag|formatting|excel|powerpoint|webinar|"
    r"sales ?call|robocalls?|spam calls?|alarm|neighbou?rs? (?:drilling|music|dog))"
)
IDIOMS = [
    # Praise and performance: killed it, slayed, murdered the Q&A, killer feature, to die for.
    r"\b(?:kill|kills|killed|killing|slay|slays|slayed|slaying|slain|murder|murdered|murdering|"
    r"nailed|crush|crushed|crushing) (?:it|that|this|the (?:game|room|crowd|presentation|talk|"
    r"q ?and ?a|q a|interview|exam|test|set|show|stage|song|lecture|webinar))\b",
    r"\b(?:slay|slays|slayed|slaying)\b",
    r"\bkiller\b(?: \w+)?",
    r"\b(?:is|are|was|were|be|looks|look|sounds|tastes|smells|seems) (?:\w+ )?to die for\b|\b(?:a|"
    r"an) \w+ to die for\b",
    r"\b(?:drop )?dead (?:gorgeous|tired|serious|simple|easy|wrong|right|center|centre|on|set|"
    r"silent|quiet|ringer|giveaway|end|heat|link|links|zone|air|battery|phone|last)\b",
    r"\bdead(?:line|lines|lock|pan|beat|lift|lifts)\b",
    r"\b(?:beat|beating|flog|flogging) a dead horse\b",
    r"\bover my dead body\b",
    r"\bi am (?:dead|deceased|dying|screaming|crying)\b(?= (?:lol|haha|hahaha|lmao|at|over|"
    r"from)\b| ?[,.!?]? ?(?:lol|haha|lmao|that|the bit|this|absolutely|so funny))",
    r"\b(?:i am|im|i was|we are|we were) (?:dead|deceased)\b(?= [,.!]? ?(?:lol|the bit|that))",
    # Hyperbole: dying to read, kill for a coffee, bored to death, the commute is murder.
    rf"\bdying (?:to {_VERB_ING}|for (?:a|an|some|the|more|this|that|it|one|another))\b",
    r"\b(?:die|died|dying|dies) laughing\b|\b(?:die|died|dying|dies) (?:of|from) (?:laughter|"
    r"embarrassment|boredom|curiosity|envy|jealousy|cuteness|the cuteness|happiness|excitement|"
    r"the heat|heat|thirst|the suspense|suspense)\b",
    r"\b(?:almost|nearly|literally) died (?:laughing|of|when (?:i|he|she|we) (?:saw|read|heard))\b",
    r"\b(?:kill|killed|murder|die|died) for (?:a|an|some|the|this|that|one|another|more|it)\b",
    r"\b(?:i would|i could|i d) (?:kill|murder|die) for\b",
    r"\bi could (?:just )?(?:murder|kill|eat|devour) (?:a|an|some|the|this|that|another)\b"
    r"(?: \w+)?",
    r"\b(?:bored|scared|worried|tickled|sick|frightened|starved|loved|talked|worked|tired|"
    r"freezing|frozen|stressed|annoyed) (?:me |him |her |them |us |myself |it |you )?to death\b",
    r"\bdeath by (?:powerpoint|slides|meetings|email|paperwork|a thousand)\b",
    r"\b(?:is|was|are|were|be) (?:an absolute |absolute |pure |sheer |total )?murder\b"
    r"(?: on (?:my|the|your) \w+)?",
    r"\bmurder (?:mystery|mysteries|podcast|podcasts|show|series|novel|board)\b",
    r"\b(?:is|are|was|were|keep|keeps|been) (?:absolutely |literally |really |slowly )?"
    r"killing me\b(?! (?:slowly )?(?:inside|from the inside))",
    r"\b(?:you are|you re|youre|it|this|that) (?:kills|killing|killed) me\b",
    r"\bkilling myself (?:to|trying|laughing|over|at work|for|with work|studying|working)\b",
    r"\bwork(?:ed|ing)? (?:myself |me )?to death\b",
    r"\b(?:kill|killing) (?:time|two birds|the (?:lights|engine|mood|vibe|music|tab|app|process|"
    r"power|conversation|messenger)|my (?:vibe|buzz|mood))\b",
    r"\b(?:would|will|d) rather die than\b",
    r"\b(?:could|would|d) (?:happily |gladly |cheerfully |just )?(?:kill|murder|strangle|throttle) "
    r"(?:him|her|them|you|my \w+|the \w+|whoever \w+)\b(?: \w+){0,3} for\b",
    r"\b(?:would|d) (?:happily |gladly )?(?:jump off a bridge|walk through fire|walk over hot "
    r"coals) for\b",
    r"\bdie (?:happy|a happy (?:man|woman|person))\b",
    r"\b(?:could|would) (?:just )?die (?:of|from|happy|laughing)\b",
    # Laptops, plants and phones die; messengers get shot; emails are shot over.
    r"\b(?:laptop|phone|battery|computer|pc|car|engine|plant|plants|wifi|internet|connection|"
    r"tablet|charger|mouse|printer|conversation|thread|video|stream|camera|mic|microphone|"
    r"headphones|app|server|site|link) (?:has |had |just |totally |finally )?(?:died|is dead|"
    r"is dying|was dead|went dead)\b",
    r"\bshoot (?:me|us|him|her|them|over) (?:an|a|the|your|any|some|over)? ?(?:email|e mail|"
    r"message|text|note|line|dm|pm|question|questions|link|invite|reply)\b",
    r"\b(?:shoot|shot|shooting) (?:for|from the hip|the breeze|the messenger|myself in the foot|"
    r"yourself in the foot|ourselves in the foot|a video|a photo|photos|video|footage)\b",
    r"\bphoto ?shoot\b",
    r"\bjust shoot me\b(?= lol| haha| now lol)",
    r"\bhang (?:in there|on|out|tight|up|of it)\b|\bhung up\b|\bhanging out\b|\bhangover\b",
    r"\bcut (?:to the chase|corners|back|down|off|out|it out|ties|class|the cord|myself some "
    r"slack|me some slack|myself a break|the (?:session|meeting|call) short)\b",
    r"\bcut myself (?:shaving|while|on (?:a|the|some)|chopping|cooking|slicing|opening|by "
    r"accident|accidentally|in the kitchen)\b",
    r"\b(?:burned|burnt|burn|burning|burns) (?:out|the midnight oil|bridges|calories|through)\b"
    r"|\bburn ?out\b",
    r"\b(?:burned|burnt|burn) myself (?:on|cooking|with the (?:kettle|iron|pan|oven)|making)\b",
    r"\bbeat(?:ing)? myself up\b|\bkick(?:ing)? myself\b",
    r"\bjump(?:ed|ing)? (?:on (?:a|the) (?:call|zoom|bandwagon|chance|phone)|in (?:with|on|and)|"
    r"at (?:the chance|the opportunity)|to conclusions|ship|the gun|out of my skin|for joy|"
    r"through hoops)\b",
    r"\b(?:bang|banging|banged) (?:my|our) heads? (?:against|on) (?:the|a) (?:wall|desk|brick "
    r"wall|keyboard)\b(?! (?:until|till|so hard))",
    r"\b(?:disappear|vanish)(?:ed)? (?:into|under) (?:the )?(?:floor|ground|a hole|my seat|the "
    r"couch|a rock)\b",
    r"\b(?:on|at) the edge of (?:my|the|our) (?:seat|seats|chair|bed|sofa|couch)\b",
    r"\bend of (?:the )?(?:day|week|month|year|lesson|course|module|video|article)\b",
    r"\bwill not be (?:around|here|online|available|able to attend)\b[^.!?]{0,60}\b(?:conference|"
    r"travel\w*|vacation|holiday|trip|(?<!giving )(?<!gave )(?<!given )away|offline|busy|wifi|signa"
    r"l|exams?|moving|visiting|work|"
    r"shift|extension|recording)\b",
    r"\b(?:good ?bye|bye|farewell) (?:everyone|all|friends|guys|for now)\b[^.!?]{0,60}\b(?:see "
    r"you|until|next (?:week|time|month|module|lesson|session|class)|tomorrow|for now)\b",
    r"\bdie (?:of old age|waiting)\b",
    # A threat taken back as it is made ("I'm going to kill her (not really)"), or made at a pet.
    r"\b(?:going to|gonna|will|could|might|about to) (?:kill|murder|strangle|throttle) (?:her|him|"
    r"them|it|you|my \w+)\b(?= ?,? ?(?:not really|jk|just kidding|kidding|joking|only joking|"
    r"figuratively|not literally))",
    r"\b(?:cat|cats|dog|dogs|puppy|kitten|parrot|hamster)\b[^.!?]{0,60}\b(?:going to|gonna|will|"
    r"could) (?:kill|murder|strangle|throttle) (?:her|him|it|them)\b",
    r"\b(?:(?:me|nos) (?:va|van) a matar|me mata|me matara|me mataria|me matan) (?:si|cuando) (?:no"
    r" )?"
    r"(?:\w+ )?(?:entrego|llego|termino|olvido|gasto|como|pierdo|rompo|se entera|se enteran|ve|"
    r"ven|falto|tardo|hago|suspendo|repruebo|compro|le digo|acabo|mando|envio|llamo)\b",
    # "Say goodbye to back pain": an advert's promise to end a nuisance, not a farewell.
    r"\bsay (?:good ?bye|bye) to (?:your |those |that |the |all )?(?:\w+ )?(?:pain|aches?|stress|"
    r"acne|wrinkles|debt|bills|fat|weight|insomnia|snoring|hair loss|worries|clutter|cravings|"
    r"spots|bloating|fees|ads)\b",
    r"\bpull(?:ed|ing)? the trigger on\b",
    r"\b(?:learn|learning|learned|know|knows|show|showing) (?:me )?the ropes\b|\bjump rope\b",
    r"\b(?:kill|murder|strangle|throttle) (?:me|us) (?:if|when) (?:i|she|he|they|we)\b(?: \w+){0,2}"
    r" "
    r"(?:do not|forget|forgot|"
    r"miss|missed|am late|late|spend|spent|buy|bought|eat|ate|break|broke|lose|lost|skip|fail|"
    r"finish|submit|see|sees|find out|finds out|hear|hears|show up|turn up|bring|sign up|watch|"
    r"get home late|come home late|mess)\b",
    r"\bhopeless (?:romantic|at|with|case)\b",
    # "If I have to sit through one more meeting I'll shoot myself": annoyance, not intent.
    r"\bif i (?:have to|hear|see|get|read|sit through|do|watch|attend|fill in|fill out)\b"
    r"(?: \w+){0,3} (?:one more|another|more)(?: \w+){0,2} (?:meeting|meetings|powerpoint|"
    r"slides?|email|emails|zoom|webinar|lecture|form|forms|spreadsheet|ads?|pop ups?|captcha|"
    r"password|song|episode|call|calls|module|quiz|survey|video|presentation|report|invoice)\b"
    rf"[^.!?]{{0,40}}\b{_HYPERBOLE}",
    # A small nuisance that "made me want to shoot myself": exasperation, named by its cause.
    rf"\b{_NUISANCE}\b[^.!?]{{0,50}}\b(?:made|makes|making|make) me (?:want to|wanna) {_HYPERBOLE}",
    r"\b(?:be|is|are|was) (?:going to be |gonna be )?the death of (?:me|us)\b(?: yet)?",
    r"\b(?:clase|curso|leccion|video|chiste|articulo|profesor|profe|examen|trafico|calor|dia|"
    r"semana|trabajo|serie|final|libro|pelicula) (?:me )?(?:mato|mata|esta matando|va a matar)\b",
    r"\b(?:it|this|that|which|reality|the (?:\w+ )?(?:part|line|bit|section|article|video|news|"
    r"realisation|realization|truth|grief|loss))\b(?: \w+){0,3} hit me\b(?! (?:with|in the (?:face|"
    r"head|stomach)|across))|\bhit me (?:hard|like a|right in the|in the feels)\b(?= *$| [.,!?;]"
    r"| when| that| how| because| and i| reading)",
    r"\b(?:my|the|our) last (?:semester|term|module|lesson|day of (?:the|my) (?:course|holiday))\b",
    # Spanish, Portuguese, French, Italian, German: dying of laughter, dead tired, kill time.
    rf"\b(?:me muero|muero|me moria|morir(?:me)?|muert[oa]s?|muriendo|me mori|me murio|me mato|"
    rf"me mata|me matas|me maten) (?:de|del|por|con) (?:la |el )?{_FEELINGS_ES}\b",
    r"\bmatar(?:ia|ias|iamos)? por\b|\bmatar el (?:tiempo|rato|gusanillo)\b",
    r"\b(?:morr\w*|mort[oa]) de (?:rir|fome|sono|vontade|saudade|vergonha|medo|cansaco|calor|"
    r"frio|inveja|tedio|curiosidade|rire|faim|peur|honte|froid|ennui|fatigue|envie|soif)\b",
    r"\bmatar (?:a|as) saudades?\b|\bme mata de rir\b",
    r"\b(?:je meurs|mourir|meurt|morte?s?) (?:de|d) (?:rire|faim|envie|soif|froid|chaud|fatigue|"
    r"ennui|peur|honte|curiosite)\b|\btuer le temps\b",
    r"\b(?:muoio|muori|morire|morto|morta|morti|morte|morendo) (?:di|dal|dalla|dallo|dalle|dai) "
    r"(?:fame|voglia|sete|freddo|caldo|curiosita|paura|noia|sonno|fatica|ridere|risate)\b",
    r"\bda morire\b|\bammazzare il tempo\b",
    r"\btod(?:mude|mudes|langweilig|schick)\b|\bzu tode (?:gelangweilt|erschrocken|betrubt)\b"
    r"|\b(?:tot|tod)lachen\b|\blach\w* (?:mich|uns) (?:tot|kaputt)\b|\btotgelacht\b|\bich sterbe "
    r"vor (?:hunger|lachen|neugier|langeweile|durst|hitze)\b",
]
IDIOM_RE = [concept(pattern) for pattern in IDIOMS]

# A sentence that talks about other people's risk in a professional, policy or bereaved voice.
TOPIC_CONTEXT = concept(
    r"\b(?:clients?|patients?|pacientes?|patienten|pazienti|clinicians?|counsel+ors?|students?|"
    r"trainees?|residentes?|residents?|staff|teens|adolescents?|adolescentes|youth|teenagers|"
    r"veterans|screen\w*|assess\w*|evalua\w*|avalia\w*|intake|c ssrs|columbia|phq|protocol\w*|"
    r"training|formar|formation|fortbildung|framework|postvention|prevent\w*|prevenc\w*|"
    r"pravention|awareness|research\w*|stud(?:y|ies)|evidence|data|rates?|statistics|literature|"
    r"policy|policies|theory|module|slides?|lesson|article|warning signs|risk|riesgo|risco|"
    r"risque|rischio|ethics|documentation|document|supervise\w*|practice|deteccion|servicio|"
    r"naloxone?|naloxona|narcan|harm reduction|public health|population|programs?|laws?|"
    r"county|deaths|ideation|ideacion|watch|safety plan\w*|plan de seguridad|level of care|"
    r"means restriction|barriers|dbt|chain analysis|families|parents|discussion|discuss\w*|ask "
    r"about|asking about|questions?|conversations?|approach|resources|recommend\w*|course|"
    r"webinar|workshop|book|podcast|author|speaker|presenter|chapter|section|piece|topic|"
    r"scales?|escalas|tool|measure|instrument|questionnaire|guidelines?|curriculum|colleagues|"
    r"team|clinic|hospital|unit|ward|they|them|their|theirs|he|she|his|her|whose|someone|"
    r"people|anyone|a person|a teenager|a child|adultos|adults|older adults|teams?|evaluar|"
    # An advertisement's voice: a pharmacy or a supplement selling, not a person gathering.
    r"pharmacy|pharmacies|drugstore|ships|shipping|discount|coupon|promo|supplement|generic|"
    r"wholesale|save up to|your (?:first )?order|every order|order now|per order|no prescription|"
    r"free (?:trial|delivery|consultation)|get \d+ free)\b"
)
LOSS_CONTEXT = concept(
    r"\b(?:died|dead|death|passed away|passed|lost (?:my|our|a|his|her|him|them|three|two|one)|"
    r"killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|suicide loss|"
    r"anniversary|grief|grieving|funeral|murio|fallecio|se suicid\w*|morreu|faleceu|por suicidio|"
    r"(?:perdimos|perdi|perdio|perdieron|perdemos) a (?:mi|mis|su|sus|nuestro|nuestra)|perdi "
    r"(?:meu|minha|o meu|a minha)|perdu (?:mon|ma|mes)|perso (?:mio|mia|il mio|la mia)|"
    r"(?:meinen|meine) \w+ verloren|"
    r"decede|decedee|est mort|e morto|e morta|gestorben|hat sich|umgebracht|years ago|"
    r"ago|last year|when i was|years since|hospice)\b|\b(?:my|his|her|our|their|a) \w+ s "
    r"(?:suicide|death|overdose|passing|funeral|goodbye|last)\b"
)
# First-person experience that overrides both: the writer is talking about themself.
# A professional's "I" (I ask, I work, I lost a patient) is not; anything else first-person is.
SELF_EXPERIENCE = concept(
    r"\b(?:myself|my own|me siento|me quiero|me voy|estoy|quiero|quisiera|ojala|eu estou|eu quero|"
    r"je suis|je veux|je me|je pense|j ai|je ne|je n|ich bin|ich will|ich mochte|mich|voglio|"
    r"mi sento|penso|vorrei|eu penso|eu sinto|penso em|pienso|siento|me siento)\b|\bi (?!(?:always|"
    r"often|usually|routinely|also|now|sometimes) |(?:lost|work|worked|ask|asked|see|saw|use|used|"
    r"supervise|teach|taught|became|wonder|would love|love|recommend|found|agree|disagree|read|"
    r"joined|was taught|think (?:the|this|that|it|we|you)|believe|have (?:a|seen|worked|used)|"
    r"had (?:a|an)|was (?:\d+|a kid|a child|a teen|a teenager|a student|little|young|small|in |at )"
    r"|"
    r"am (?:a|an) (?:therapist|nurse|counsel+or|psycholog\w*|psychiatrist|social "
    r"worker|doctor|gp|physician|clinician|student|trainee|teacher)|train|trained|run|manage|"
    r"document|screen|assess|noticed|lead|led|volunteer|referred|refer|shared|share|took a "
    r"course|did|still have|have been (?:well|clean|free|okay|ok|fine|stable|better|sober|in "
    r"recovery|recovered|doing (?:well|better|ok|okay|great))|am (?:now )?(?:in recovery|"
    r"recovered|doing (?:well|better|great)|proof))\b)"
)


def blank_idioms(text: str) -> str:
    """Replace each idiom's own span with a placeholder, leaving the rest of the comment."""
    for pattern in IDIOM_RE:
        text = pattern.sub(" ~ ", text)
    return text


def is_topic_not_experience(sentence: str) -> bool:
    """A sentence about someone else's risk (professional, policy, grief), not the writer's."""
    if not (TOPIC_CONTEXT.search(sentence) or LOSS_CONTEXT.search(sentence)):
        return False
    return not SELF_EXPERIENCE.search(sentence)
