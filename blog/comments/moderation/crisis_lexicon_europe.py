"""Core crisis phrasings in German, Italian, Dutch and a few others, and weak despair in all
the smaller languages.

The commonest ways, per concept, of saying "I want to die", "I hurt myself", "goodbye",
"they'd be better off without me" and "he hits me". Accents are stripped before matching.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

RULES = [
    # German
    (
        "ideation",
        S,
        "wants to die (de)",
        r"\bich (?:will|mochte|wurde gern|wurde lieber|wunsche mir|wunschte)\b{G3}(?:sterben|tot "
        r"sein|nicht mehr (?:leben|da sein|aufwachen|existieren|sein)|verschwinden|einschlafen und "
        r"nicht mehr aufwachen|mich umbringen|mir das leben nehmen|schluss machen)\b|"
        r"\b(?:selbstmord"
        r"|freitod)\w*|\bbringe? ich mich um\b|\bich bringe? mich um\b|\b(?:mich|mir) (?:umbringen|"
        r"umzubringen|das leben (?:zu )?nehmen|etwas antun|"
        r"was antun)\b|\bnicht mehr (?:leben|aufwachen|aufzuwachen|da sein|existieren)\b|"
        r"\b(?:schluss"
        r"|schlus) (?:machen|mache|zu machen) mit (?:allem|meinem leben|dem leben)\b|\bschluss mit "
        r"(?:allem|meinem leben|dem leben)\b|\bmit allem "
        r"schluss\b|\bwas hat (?:das|es) (?:alles )?(?:noch )?(?:fur )?einen sinn\b|"
        r"\bdas leben (?:zu )?nehmen\b",
    ),
    (
        "burden_hopelessness",
        S,
        "feels a burden or without a way out (de)",
        r"\bohne mich (?:\w+ )?(?:besser|glucklicher)\b|\bbesser dran ohne mich\b|\bich bin (?:nur "
        r")?"
        r"(?:noch )?(?:eine|ein) (?:last|belastung|klotz am bein)\b|\bkein(?:en)? ausweg\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself (de)",
        r"\b(?:ritze|ritzen|geritzt|ritzte)\b|\bmich (?:selbst )?(?:verletzen|"
        r"verletze|schneiden|schneide|verbrennen)\b",
    ),
    (
        "means",
        S,
        "mentions gathered means or jumping (de)",
        r"\btabletten\b{G6}(?:gesammelt|gehortet|sammle|gespart|versteckt|genug)\b|\b(?:brucke|"
        r"dach|"
        r"hochhaus|zug)\b{G4}(?:springen|werfen|sturzen)\b|\bmich (?:erhangen|aufhangen)\b",
    ),
    (
        "farewell",
        S,
        "posts a last message or goodbye (de)",
        r"\babschiedsbrief\b|\blebt wohl\b|\bmein letzter (?:beitrag|kommentar|post)\b|\bwenn ich "
        r"nicht mehr da bin\b|\bkummert euch um (?:meine|meinen) (?:katze|hund|kinder)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a threat or abuse (de)",
        r"\b(?:schlagt|schlug) mich\b|\bdroht(?:e)? (?:mich|mir)\b{G3}(?:umzubringen|toten|"
        r"umbringen)"
        r"\b|\bbringt mich um\b|\bangst nach hause zu (?:gehen|kommen)\b",
    ),
    # Italian
    (
        "ideation",
        S,
        "wants to die (it)",
        r"\b(?:voglio|vorrei|ho voglia di|penso di|penso a|pensando di|pensando a|sto pensando di|"
        r"ho"
        r" deciso di|solo)\b{G3}(?:morire|uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla "
        r"finita|sparire|scomparire|non svegliarmi piu|non esistere piu|dormire per sempre)\b|\b(?:"
        r"uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|la faccio finita|farmi "
        r"fuori)\b|\bnon (?:voglio|ho voglia di) (?:piu )?(?:vivere|esistere|svegliarmi)\b|\bnon "
        r"svegliarmi (?:mai )?piu\b|\baddormentarmi (?:e non|per sempre)\b|\bche senso ha "
        r"(?:vivere|"
        r"continuare|tutto questo)\b|\bnon (?:esserci|essere"
        r" qui|esistere) piu\b|\bnon riaprire (?:piu )?gli occhi\b",
    ),
    (
        "burden_hopelessness",
        S,
        "feels a burden or without a way out (it)",
        r"\b(?:starebbero|starebbe|sarebbero|sarebbe)(?: \w+)? meglio senza di me\b|\bmeglio senza"
        r" di me\b|\bsono (?:solo )?un (?:peso|fardello)\b|\b(?:nessuna|non c e|senza) via d uscita"
        r"\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself (it)",
        r"\b(?:tagliarmi|mi taglio|mi sono tagliat[ao]|farmi del male|mi faccio del male|"
        r"bruciarmi)\b(?! i capelli)",
    ),
    (
        "self_harm",
        T,
        "speaks of self-harm (other languages)",
        r"\b(?:autolesion|automutila|autolesa|autolesao|automutil|selbstverletz|scarification)\w*",
    ),
    (
        "means",
        S,
        "mentions gathered means or jumping (it)",
        r"\b(?:pillole|pastiglie|farmaci|medicine|sonniferi)\b{G6}(?:da parte|conservate|nascoste|"
        r"accumulate|abbastanza|tutte)\b|\b(?:messo|mettendo|conservato|nascosto|accumulato)(?: da "
        r"parte)?\b{G4}"
        r"(?:da parte )?(?:pillole|pastiglie|farmaci|sonniferi)\b|\bbuttarmi (?:dal|da un|da una|"
        r"giu|sotto)\b|\bimpiccarmi\b",
    ),
    (
        "farewell",
        S,
        "posts a last message or goodbye (it)",
        r"\baddio a tutti\b|\b(?:il mio|questo e il mio) ultimo messaggio\b|\bquando non ci saro "
        r"piu\b|\bprendetevi cura (?:del mio|della mia) (?:gatto|cane|gatta|figlia|figlio)\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a threat or abuse (it)",
        r"\bmi (?:picchia|ha picchiat[ao]|minaccia|ha minacciat[ao])\b|\bvuole uccidermi\b|\bmi "
        r"uccidera\b|\bminaccia di uccidermi\b|\bho paura di tornare a casa\b",
    ),
    (
        "passive_ideation",
        S,
        "imagines their own absence (other languages)",
        r"\bsi (?:yo )?(?:desapareciera|me muriera|no existiera|no estuviera|me fuera para siempre|"
        r"muriera)\b|\bsi je (?:disparaissais|mourais|n existais plus|n etais plus la)\b|\bse eu "
        r"(?:sumisse|morresse|desaparecesse|nao existisse|nao estivesse)\b|\bse (?:io )"
        r"?(?:sparissi|"
        r"morissi|non ci fossi|non esistessi)\b|\bwenn ich (?:tot|weg|nicht mehr da|nicht mehr) "
        r"(?:ware|bin|waere)\b|\bpersonne ne (?:remarquerait|verrait|s en rendrait compte)\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself (de)",
        r"\bmich\b{G4}selbst ?verletz\w*|\bmich\b{G4}verletzt\b",
    ),
    (
        "passive_ideation",
        S,
        "wishes they had never been born (other languages)",
        r"\bno (?:haber|hubiera) nacido\b|\b(?:nunca|nao) ter nascido\b|\bne jamais etre nee?\b|"
        r"\bn "
        r"avoir jamais existe\b|\bnon essere mai nat[oa]\b|\bnie geboren\b",
    ),
    (
        "intent_plan",
        S,
        "knows how and when",
        r"\b(?:how and when|when and how|como y cuando|cuando y como|como e quando|comment et "
        r"quand|"
        r"come e quando|wie und wann|wann und wie)\b",
    ),
    # Dutch, Polish, Romanian, Turkish, Tagalog, Russian: the plainest forms only.
    (
        "ideation",
        S,
        "wants to die (other languages)",
        r"\bik wil (?:dood|niet meer leven|sterven|er niet meer zijn|verdwijnen)\b|\bzelfmoord\w*|"
        r"\bmezelf (?:van kant maken|doden|iets aandoen|snijden)\b|\bniet meer wakker worden\b|"
        r"\bchce umrzec\b|\bzabic sie\b|\bsamoboj\w*|\bnie chce zyc\b|\bvreau sa mor\b|\bsinucid\w*"
        r"|\bolmek istiyorum\b|\bintihar\w*|\bgusto ko (?:nang )?mamatay\b|\bmagpakamatay\b|"
        r"хочу умереть|покончить с собой|суицид|не хочу жить|убить себя",  # noqa: RUF001
    ),
    (
        "burden_hopelessness",
        S,
        "feels a burden (other languages)",
        r"\bzonder mij beter af\b|\bik ben een last\b|\bgeen uitweg\b",
    ),
    (
        "other_person_danger",
        S,
        "reports abuse (other languages)",
        r"\bmijn (?:man|vriend|partner) slaat me\b",
    ),
    # Weak despair in these languages: "I can't go on" is ordinary tiredness on its own.
    (
        "burden_hopelessness",
        W,
        "sounds despairing (other languages)",
        r"\bnao aguento mais\b|\bje n en peux plus\b|\bj en peux plus\b|\bich kann nicht mehr\b|"
        r"\bnon ce la faccio piu\b|\baddio\b|\bvi voglio bene\b|\bje vous aime\b|\bamo (?:voces|"
        r"todos)"
        r"\b|\b(?:habe|hab) (?:mich entschieden|beschlossen)\b|\bne plus "
        r"ouvrir les yeux\b|\bobrigad[oa] por tudo\b|\bmerci pour tout\b|\bgrazie (?:di|per)"
        r" tutto\b|\badieu\b|\bj ai tout prevu\b",
    ),
]
