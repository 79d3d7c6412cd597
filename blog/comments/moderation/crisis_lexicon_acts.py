"""English crisis concepts, continued: means, self-harm, farewells, burden, danger from others.

Means are only a sign with a reason to read them as means: gathered (saved-up pills), aimed at
oneself (a blade to a wrist), or joined to an act (jumping from a height, stepping in front of a
train). A pill, a bridge or a knife on its own is ordinary life.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

RULES = [
    # Means gathered or considered.
    (
        "means",
        T,
        "mentions gathered means (pills or medication)",
        r"\b{STOCK}\b{G4}{PILLS}\b|\b{PILLS}\b{G3}(?:saved|stockpiled|hoarded|collected|gathered|"
        r"stashed|hidden|put aside|set aside|lined up|counted out|saved up|building up)\b",
    ),
    (
        "means",
        S,
        "speaks of taking an overdose",
        r"\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|neck|necking)"
        r"(?: them)? (?:all|every one|every single one|the whole|the rest|them all|all of|a "
        r"handful|"
        r"handfuls|a fistful|the entire|too many|a lot of|loads of|a bunch of|as many|enough)\b{G3}"
        r"(?:{PILLS}|of them|at once)\b|\b(?:take|swallow|down)\w* (?:them|it|my {PILLS}|the "
        r"{PILLS})"
        r" (?:all|at once|in one go|together)\b|\b{PILLS}\b{G3}(?:with|and) (?:a bottle of )?"
        r"(?:vodka|alcohol|wine|whiskey|whisky|booze|gin|rum)\b|\boverdos\w* on\b",
    ),
    (
        "means",
        T,
        "speaks of an overdose",
        r"\b(?:i|me|myself)\b{G4}(?:overdos\w*|od|oding|od ing|"
        r"od d)\b|\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|overdose)\b",
    ),
    (
        "means",
        S,
        "asks how much it would take",
        r"\bhow (?:many|much)\b{G4}(?:would it take|does it take|would kil|would it take to|to die|"
        r"to "
        r"overdose|to kill|is lethal|is fatal|would be lethal|would be enough|to not wake up|to "
        r"never wake up|to sleep forever|to make sure|to end|is too much)\b|\bhow (?:high|tall|far)"
        r"\b{G6}(?:to die|to survive|to be sure|enough|fall|jump|would kil|would it take)\b",
    ),
    (
        "means",
        S,
        "mentions a firearm aimed at themself",
        r"\b{FIREARM}\b{G12}(?:loaded|load it|holding it|hold it|held it|in my mouth|to my head|"
        r"against my head|to my temple|in my hand|in my lap|sitting with it|keep looking at it|"
        r"pull "
        r"the trigger|one bullet|the trigger)\b|\b(?:to|in|against) my (?:head|mouth|temple|chin)"
        r"\b{G3}{FIREARM}\b|\bblow my (?:brains|head) out\b|\bi\b{G3}(?:bought|purchased|ordered|"
        r"borrowed|took|stole)\b{G2}{FIREARM}\b(?! (?:safe|lock|control|laws?|violence|owners?|"
        r"safety|storage|licen[cs]e|course|range|show))",
    ),
    (
        "means",
        S,
        "mentions a blade kept or aimed at themself",
        r"\b{BLADE}\b{G4}(?:to|against|on|across|into|over) my {BODY}\b|\b(?:keep|kept|hide|hid|"
        r"hidden|hiding|stash|carry|carrying|bought|have|got|found)\b{G3}{BLADE}\b{G4}(?:in|under|"
        r"inside|behind) my\b|\b(?:done with|back to|miss|missed|missing|reached for|grabbed|"
        r"picked up"
        r"|went for|craving|urge for) (?:the|my|a) (?:blade|razor|knife|sharpener|razors|blades)\b",
    ),
    (
        "means",
        S,
        "speaks of jumping from a height",
        r"\b(?:jump|jumping|jumped|leap|leaping|leapt|throw myself|throwing myself|threw myself|"
        r"fling myself|step off|stepping off|stepped off|let myself fall|go over|going over|drive "
        r"off|driving off|drove off|walk off|walking off|fall|falling)\b{G4}{HEIGHT}\b|\b{HEIGHT}"
        r"\b{G10}(?:jump|jumping|leap|let go|let myself fall|throw myself|step off|over the "
        r"(?:edge|"
        r"railing|side)|how easy it would be)\b|\bjump(?:ing)? to my death\b",
    ),
    (
        "means",
        S,
        "describes standing at an edge or on a bridge",
        r"\b(?:stood|standing|stand|sat|sitting|sit|climbed|climbing|climb|went up|go up|walked up|"
        r"perched|leaned|leaning|lean|hung|dangling|dangled|linger\w*|spent (?:an hour|hours|the "
        r"night|ages))\b(?: on| onto| up on| up to| on top of| over| out over| at| near| close to| "
        r"really close to| right at| by| under)?{G2}(?:edge|ledge|roof|rooftop|railing|cliff|"
        r"parapet|barrier|bridge|overpass|viaduct|train tracks|tracks|level crossing|platform "
        r"edge|top of the (?:building|car park|parking garage|bridge|tower))\b",
    ),
    (
        "means",
        S,
        "speaks of stepping in front of a train or traffic",
        r"\b(?:step|stepping|stepped|walk|walking|walked|throw myself|throwing myself|threw myself|"
        r"jump|jumping|jumped|lie|lying|lay|laying|run|running|fall|falling|go|going)\b{G2}(?:in "
        r"front of|under|onto)(?: a| the| an| oncoming| on coming| incoming| the next| that| a "
        r"moving)?{G1}(?:train|trains|bus|buses|truck|trucks|lorry|lorries|car|cars|traffic|tracks|"
        r"railway|rails|subway|metro|tram|motorway|highway|freeway)\b|\b(?:walk|walking|walked|"
        r"step|"
        r"stepping|stepped|run|running|drive|driving|drove|swerve|swerving|swerved|steer|steering|"
        r"crash|crashing|crashed)\b(?: my car| the car)?{G1}(?:into|off|in front of)(?: a| the| an)"
        r"?"
        r"(?: oncoming| on coming)?{G1}(?:traffic|oncoming|tree|wall|pole|barrier|river|lake|cliff|"
        r"bridge|overpass|lorry|truck|concrete)\b(?<!ran into traffic)",
    ),
    (
        "means",
        S,
        "speaks of hanging",
        r"\bnoose\b|\b(?:rope|belt|cord|cable|scarf|sheets?|ligature)\b{G6}(?:around my neck|round "
        r"my neck|my neck|closet|beam|rafter|ceiling|hook|door frame|doorframe|tree|hold my weight|"
        r"strong enough|knot|bannister|banister|stairs)\b|\b(?:bought|buying|ordered|got|purchased|"
        r"picked up)\b{G4}(?:rope|noose)\b|\bi\b{G3}(?:bought|ordered|got|tied|have)"
        r"\b{G2}(?:a |the |some )?rope\b|\b(?:hang|hanging|hung) (?:myself|from)\b",
    ),
    (
        "means",
        S,
        "keeps thinking about a method",
        r"\b(?:keep|kept|keeps|can not stop|constantly|always) (?:thinking|dreaming|fantasi\w*) "
        r"(?:about|of) (?:just )?(?:stepping|jumping|walking|driving|crashing|swerving|taking "
        r"(?:all|"
        r"them|the|my)|swallowing|cutting|hanging|drowning|ending|dying|not waking|pulling the "
        r"trigger|using (?:it|them|the))\b",
    ),
    (
        "means",
        S,
        "speaks of drowning",
        r"\b(?:walk|walking|walked|swim|swimming|swam|wade|wading|waded|go|going|went|jump|jumping)"
        r"(?: out)? (?:into|in|out into|out to|under)(?: the| a)? (?:sea|ocean|lake|river|water|"
        r"waves"
        r"|canal|reservoir)\b{G6}(?:not come back|never come back|keep going|keep walking|not stop|"
        r"and stay|and not|until|forever|sink|never|not swim back)\b|\bfil\w* my pockets with "
        r"(?:stones|rocks)\b|\blet myself (?:sink|drown|go under)\b|\bdrown\w* {MYSELF}\b",
    ),
    (
        "means",
        S,
        "speaks of exhaust, gas or poison",
        r"\b(?:car|engine|motor) running in (?:the|a|my) garage\b|\bgarage\b{G8}(?:engine|motor|"
        r"car) "
        r"(?:running|on)\b|\b(?:engine|motor|car) (?:running|on)\b{G8}garage\b|\bexhaust (?:pipe|"
        r"fumes|hose)\b|"
        r"\bhose\b{G3}exhaust\b|\bcharcoal\b{G6}(?:room|car|tent|sealed|tape|bathroom)\b|\b(?:tape|"
        r"taped|seal|sealed)(?: up)? (?:the|my) (?:windows|doors|vents|room)\b|\bhead in the "
        r"oven\b|"
        r"\b(?:drink|drinking|drank|swallow|swallowing|swallowed|down|ingest|take|taking|took|"
        r"bought|"
        r"buy|ordered|order)\b{G3}(?:bleach|antifreeze|anti freeze|rat poison|weed killer|"
        r"pesticides?|paraquat|cyanide|drain cleaner|lye|sodium nitrite|nitrite)\b|\bcarbon "
        r"monoxide\b",
    ),
    # Self-harm described without the word.
    (
        "self_harm",
        T,
        "speaks of self-harm",
        r"\bself (?:harm|harming|harmed|injury|injure|injuring|injured|mutilation|mutilate\w*)\b|"
        r"\bselfharm\w*|\bnssi\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself",
        r"\b{HARMV} (?:{MYSELF}|my own (?:skin|body|arms?))\b(?! (?:while|skiing|running|playing|"
        r"at the gym|lifting|working out|in a fall|falling|on the|on a|by accident|accidentally|"
        r"cooking|shaving|laughing|moving))|\b{HARMV}(?: into| in| on| across| at)?"
        r" (?:my |my own )?{BODY}\b(?! (?:while|chopping|cooking|on a|on the|by accident|"
        r"accidentally|at work|shaving|at the gym|playing|running|falling|in a fall|hair))|"
        r"\b{HARMV}\b(?: my| the)? (?:head|face|hands?|fingers|knuckles|walls?|mirror|doors?)\b{G6}"
        r"(?:until|till|til|bleed|bleeds|bled|blood|split|broke|bruised|bruise|raw|on purpose|"
        r"again)"
        r"\b|\b(?:make|made|making) (?:myself|me) (?:bleed|bruise|hurt|throw up|vomit|starve)\b",
    ),
    (
        "self_harm",
        S,
        "describes cutting or burning again",
        r"\b(?:started|start|starting|been|keep|kept|back to|went back to|going back to|relaps\w*"
        r"(?: into| on| with)?|stop|stopped|quit|quitting|urge to|urges to|urge of|tempted to|want "
        r"to|need to|craving)\b{G2}(?:cutting|self harming|self harm|harming myself|hurting myself|"
        r"burning|scratching|sh|carving|cut|burn|hurt myself)\b(?! (?:back|down|off|out|corners|"
        r"costs|carbs|sugar|class|ties|it close|the cord|my hair|hair|calories|bridges|the "
        r"midnight|"
        r"through|edge|in line|gluten|dairy|meat|ads|out of))|\b(?:cutting|burning|sh) again\b|"
        r"\bi (?:cut|burn|carve|scratch)(?= *$| [.,!?;:]| again| deeper| deep| more)\b",
    ),
    (
        "self_harm",
        S,
        "relapsed after time clean",
        r"\brelaps\w*\b{G8}(?:cut|cutting|sh|self harm|blade|razor|clean|streak|days|weeks|months)"
        r"\b|\b(?:days|weeks|months|years) (?:clean|free|without (?:cutting|sh|self harm|hurting "
        r"myself))\b{G6}(?:gone|ruined|broke|broken|lost|reset|over|relapsed|again|just like that|"
        r"blew "
        r"it|slipped|messed up)\b|\b(?:back to day (?:one|1|zero|0)|day (?:one|1|zero|0) again|"
        r"reset "
        r"(?:my )?(?:counter|streak|clock))\b|\b(?:days|weeks|months|years) without (?:cutting|"
        r"self "
        r"harm|sh|hurting myself|burning|harming)\b|\b(?:clean|free) (?:from|of) (?:cutting|self "
        r"harm|"
        r"sh|"
        r"hurting myself|burning|harming)\b"
        r"|\bbroke my (?:clean )?streak\b",
    ),
    (
        "self_harm",
        T,
        "speaks of self-harm urges or relapse",
        r"\b(?:sh|cutting|self harm) (?:relapse|urges|scars|free|clean|wounds|cuts|again|tools|"
        r"kit|streak)\b",
    ),
    (
        "self_harm",
        S,
        "hides scars or wounds",
        r"\b(?:hide|hides|hiding|hid|hidden|cover|covering|covered|conceal\w*) (?:up )?(?:my|the|"
        r"all "
        r"my|these|those|fresh|new)?{G1}(?:scars|cuts|wounds|marks|burns|bruises|wrists|thighs)\b|"
        r"\b(?:long sleeves|long sleeved|hoodies?|jumpers?|sweaters?|bracelets|bandages|plasters|"
        r"band aids)\b{G8}(?:summer|august|july|june|heat|hot|hide|hiding|see my|notice|so nobody|"
        r"so no one|scars|cuts|marks|arms|wrists)\b|\b(?:fresh|new|old|my) (?:cuts|scars|wounds)\b"
        r"{G6}(?:hide|see|notice|ask|asked|ashamed|again|fresh|kids|sleeves|nobody|bleed)\b",
    ),
    (
        "self_harm",
        S,
        "says pain is what helps",
        r"\b(?:only thing|one thing|nothing else)(?: that)? (?:helps|works|calms|quiets|numbs|"
        r"stops|"
        r"makes me feel)\b{G8}(?:pain|hurting myself|cutting|blood|bleeding|burn|burning|cut)\b|"
        r"\b(?:pain|blood|cutting|bleeding) (?:is the only|helps me|calms me|makes me feel)\b",
    ),
    (
        "self_harm",
        W,
        "speaks of deserving pain",
        r"\b(?:deserve|need) (?:to feel )?(?:the )?(?:pain|to hurt|to bleed|to be punished|"
        r"punishment)\b|\bpunish (?:myself|me)\b",
    ),
]
