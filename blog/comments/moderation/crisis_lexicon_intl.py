"""Core crisis phrasings in Portuguese and French, and rules shared by the Romance languages.

Smaller than the English and Spanish lexicons: the commonest ways, per concept, of saying
"I want to die", "I hurt myself", "goodbye", "they'd be better off without me" and "he hits me".
Accents are stripped and letters doubled in the source are collapsed before matching.
"""

from blog.comments.moderation.crisis_lexicon import S

RULES = [
    # Portuguese
    (
        "ideation",
        S,
        "wants to die (pt)",
        r"\b(?:quero|queria|vontade de|penso em|pensando em|pensei em|vou|decidi|so queria)\b{G2}"
        r"(?:morrer|me matar|matar me|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com "
        r"(?:a )?"
        r"(?:tudo|minha vida)|sumir|desaparecer|dormir (?:e nunca mais acordar|para sempre)|nao "
        r"acordar|deixar de existir|nao existir|nao estar aqui|nao viver)\b|\bme matar\b|\bvou me "
        r"matar\b|\bnao (?:quero|aguento) (?:mais"
        r" )?(?:viver|existir|acordar|continuar)\b|\bnao vejo sentido (?:em|na) (?:viver|vida|nada|"
        r"continuar)\b|\b(?:dormir e )?(?:nunca mais|nao) acordar\b|\bacabo com tudo\b|\bnunca mais"
        r" abrir os olhos\b",
    ),
    (
        "burden_hopelessness",
        S,
        "feels a burden or without a way out (pt)",
        r"\b(?:seria|seriam|ficaria|ficariam|estaria|estariam)(?: \w+)? melhor(?:es)? sem mim\b|"
        r"\bmelhor sem mim\b|\bsou (?:um|uma) (?:peso|fardo|estorvo)\b|\bso atrapalho\b|"
        r"\batrapalho "
        r"a vida\b|\bnao (?:tem|ha|existe|vejo)"
        r" saida\b|\bsem saida\b|\bnada vai melhorar\b",
    ),
    (
        "means",
        S,
        "mentions gathered means or jumping (pt)",
        r"\b(?:remedios|comprimidos|pilulas|medicamentos)\b{G4}(?:juntando|juntado|guardando|"
        r"guardado|guardados|escondidos|escondendo|acumulando|suficientes|todos)\b|\b(?:juntando|"
        r"juntado|guardando|guardado|acumulando|escondendo)\b{G4}(?:remedios|comprimidos|pilulas|"
        r"medicamentos)\b|\bpular (?:da|de uma|do|de um|na frente)\b|\bme enforcar\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself (pt)",
        r"\b(?:me cortar|me cortando|me cortei|me corto|me machucar|me machuco|me machuquei|me "
        r"queimar|me queimo)\b(?! o cabelo)",
    ),
    (
        "farewell",
        S,
        "posts a last message or goodbye (pt)",
        r"\badeus a todos\b|\badeus para sempre\b|\bminha ultima mensagem\b|\bnao vou (?:mais )?"
        r"estar (?:mais )?aqui\b|\bquando eu (?:nao estiver mais|partir|morrer|me for)\b|\bcuidem? "
        r"(?:do meu|da minha) (?:gato|gata|cachorro|cachorra|cao|filho|filha|mae)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a threat or abuse (pt)",
        r"\bme (?:bate|agride|ameaca|ameacou|espanca)\b|\bvai me matar\b|\bameacou (?:me )?matar\b|"
        r"\btenho medo de (?:voltar|ir) (?:para|pra) casa\b|\bestou sendo (?:seguida|seguido|"
        r"perseguida|perseguido)\b",
    ),
    # French
    (
        "ideation",
        S,
        "wants to die (fr)",
        r"\b(?:je veux|j ai envie de|envie de|je voudrais|je vais|je pense a|j ai pense a|penser a|"
        r"je pense souvent a|juste)\b{G2}(?:mourir|me tuer|me suicider|en finir|disparaitre|mettre "
        r"fin a (?:mes jours|ma vie)|ne (?:plus|jamais|pas) me reveiller|ne plus exister|ne plus "
        r"vivre|dormir pour "
        r"toujours)\b|\b(?:me suicider|me tuer|en finir|mettre fin a (?:mes jours|ma vie))\b|\bje "
        r"ne veux plus (?:vivre|exister|me reveiller|etre la)\b|\bne (?:plus|jamais) me "
        r"reveiller\b|"
        r"\bm endormir (?:et|pour toujours)\b|\ba quoi bon"
        r" (?:vivre|continuer|tout ca|me lever)\b",
    ),
    (
        "burden_hopelessness",
        S,
        "feels a burden or without a way out (fr)",
        r"\b(?:seraient|serait)(?: \w+)? mieux sans moi\b|\bmieux sans moi\b|\bje suis (?:un|une) "
        r"(?:fardeau|poids|boulet)\b|\b(?:aucune|pas d|sans) issue\b|\brien ne (?:va|pourra) "
        r"(?:s ameliorer|changer|aller mieux)\b",
    ),
    (
        "means",
        S,
        "mentions gathered means or jumping (fr)",
        r"\b(?:medicaments|cachets|comprimes|pilules|somniferes)\b{G6}(?:de cote|stockes|accumules|"
        r"caches|gardes|assez|tous)\b|\b(?:mis|mettre|garde|stocke|accumule|cache)\w*(?: de cote)?"
        r"\b{G3}(?:medicaments|cachets|comprimes|pilules|somniferes)\b|\bsauter (?:du|d un|de la|"
        r"par la)\b|\bme pendre\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself (fr)",
        r"\b(?:me scarifier|scarifi\w*|me couper|me suis coupee?|me mutiler|me faire du mal|me "
        r"fais "
        r"du mal|me suis fait du mal|me bruler)\b(?! les cheveux)",
    ),
    (
        "farewell",
        S,
        "posts a last message or goodbye (fr)",
        r"\b(?:c est|ce sera|voici) mon (?:dernier|ultime) (?:message|post|commentaire|mot)\b|"
        r"\badieu (?:a tous|tout le monde|pour toujours)\b|\bquand je ne serai plus la\b|\bje ne "
        r"serai plus la\b|\bprenez soin de (?:mon|ma) (?:chat|chien|fils|fille|chatte|chienne|mere)"
        r"\b|\blettre d adieu\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a threat or abuse (fr)",
        r"\bme (?:frappe|bat|menace)\b|\bva me tuer\b|\bveut me tuer\b|\bmenace de me tuer\b|\bpeur"
        r" de rentrer (?:chez moi|a la maison)\b",
    ),
]
