"""Spanish crisis concepts (accents are stripped before matching, so none are written here).

Spanish often drops the pronoun and carries the person in the verb ("quiero morirme", "me
corto"), so the first-person cue is the verb form or the reflexive "me", not a separate word.
"""

from blog.comments.moderation.crisis_lexicon import S, T, W

WANT_ES = (
    r"(?:quiero|quisiera|queria|deseo|ganas de|me dan ganas de|tengo ganas de|necesito|me "
    r"gustaria|prefiero|voy a|pienso en|pensando en|pense en|he pensado en|planeo|plan para|"
    r"intente|intentar|decidi|he decidido|solo quiero|a veces quiero)"
)
END_ES = (
    r"(?:morir|morirme|matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida|esto)|"
    r"terminar con (?:todo|mi vida)|desaparecer|dejar de existir|no despertar|no despertarme|"
    r"dormir para siempre|dormirme para siempre|no existir|irme para siempre|no estar|estar "
    r"muert[oa]|poner fin a (?:todo|mi vida)|tirarme|lanzarme|ahorcarme|cortarme las venas)"
)
PILLS_ES = (
    r"(?:pastillas|pastis|medicamentos|medicinas|somniferos|calmantes|antidepresivos|"
    r"ansioliticos|insulina|paracetamol|clonazepam|pastillas para dormir)"
)
PERSON_ES = (
    r"(?:mi|el|la) (?:esposo|esposa|marido|mujer|pareja|novio|novia|ex|exnovio|exmarido|"
    r"padrastro|padre|papa|madre|mama|hermano|suegro|hijo|jefe|vecino)"
)
RULES = [
    (
        "ideation",
        S,
        "wants to die (es)",
        rf"\b{WANT_ES}\b{{G2}}{END_ES}\b|\bme (?:quiero|voy a|quisiera) (?:morir|matar|suicidar|ir "
        r"para siempre)\b|\b(?:matarme|suicidarme|quitarme la vida|me suicid\w*|acabar con mi vida"
        r"|acabar con todo|terminar con todo|poner fin a mi vida|acabo con todo|me quito la vida|"
        r"quitar"
        r"(?:me)? la vida)\b"
        r"|\bme mato\b(?! (?:de|con|por|trabajando|estudiando))",
    ),
    (
        "passive_ideation",
        S,
        "does not want to live (es)",
        r"\bno quiero (?:seguir )?(?:vivir|viviendo|existir|despertar|despertarme|estar aqui|seguir"
        r" adelante|seguir asi|seguir)\b|\bno (?:tengo|hay|encuentro|le veo|veo|le encuentro) "
        r"(?:ganas de vivir|razon(?:es)? para vivir|motivos? para vivir|sentido)\b{G3}(?:vivir|"
        r"seguir|nada|la vida|viviendo)?\b|\bque sentido tiene (?:seguir|vivir|todo|nada|la vida)\b"
        r"|\bno vale la pena (?:vivir|seguir)\b|\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la"
        r" vida|existir)\b",
    ),
    (
        "passive_ideation",
        S,
        "wishes not to wake up (es)",
        r"\bojala\b{G3}(?:no despertara|no despierte|no despertar|no hubiera nacido|estuviera muert"
        r"[oa]|me muriera|morir|morirme|desaparecer|desapareciera|no existiera|me hubiera ido|no "
        r"estar)\b|\bdormir(?:me)? (?:para siempre|y (?:ya )?(?:no|nunca) (?:mas )?(?:volver a )?"
        r"despertar(?:me)?)\b|\bmejor (?:me muero|morirme|morir|muert[oa]|me mato|desaparezco|me "
        r"voy para siempre)\b|\b(?:estaria|estarian|seria) mejor (?:muert[oa]|si me muriera|si "
        r"desapareciera)\b|\bno volver a (?:abrir los "
        r"ojos|"
        r"despertar(?:me)?)\b|\bquedarme dormid[oa] (?:y no|para siempre)\b|\bcerrar los ojos y no"
        r"\b|\bno despertar(?:me)? (?:mas|"
        r"nunca|manana)\b|\bseria mas facil no (?:estar|existir|vivir|despertar)\b",
    ),
    (
        "intent_plan",
        S,
        "has a plan or a time to act (es)",
        r"\b(?:esta noche|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este "
        r"fin de semana|despues de (?:navidad|mi cumpleanos|los examenes|las fiestas)|antes de)\b"
        r"{G6}(?:acabo con todo|me mato|lo hago|lo voy a hacer|se acaba|termino con todo|acabar "
        r"con "
        r"todo|me quito la vida|me voy para siempre)\b|\b(?:carta|cartas|nota) (?:de despedida|para"
        r" mis|a mis|para mi (?:familia|madre|padre|hij[oa]))\b|\bescribi (?:la|una|mi) (?:carta|"
        r"nota)\b|\bcuando mis \w+ se vayan\b{G4}(?:me mato|lo hago|acabo)\b",
    ),
    (
        "ideation",
        T,
        "has thoughts of death (es)",
        r"\b(?:pensamientos|ideas|ideacion) (?:de muerte|suicidas?|de morir|de matarme|de "
        r"suicidio)\b",
    ),
    (
        "intent_plan",
        W,
        "speaks of a decision (es)",
        r"\b(?:ya )?(?:lo )?(?:tengo decidido|he decidido|decidi|lo decidi)\b|\besta noche lo "
        r"(?:voy a )?hago\b|\besta noche lo voy a hacer\b|\b(?:elegi|escogi|tengo|ya tengo) (?:el|"
        r"la) "
        r"(?:dia|fecha|lugar|sitio|metodo|hora)\b|\bcuando no (?:haya|este) nadie\b",
    ),
    (
        "means",
        S,
        "mentions gathered means (es)",
        rf"\b{PILLS_ES}\b{{G4}}(?:guardad[oa]s|guardando|juntando|juntad[oa]s|acumulad[oa]s|"
        rf"acumulando|escondid[oa]s|suficientes|todas|de sobra|por si acaso|tomarmelas)\b|\b(?:"
        rf"guardado|guardadas|guardando|junt\w*|acumul\w*|escond\w*|tengo (?:muchas|suficientes|un "
        rf"monton de|todas))\b{{G4}}{PILLS_ES}\b|\bsobredosis\b(?=.*\b(?:me|mi|yo|quiero)\b)",
    ),
    (
        "means",
        S,
        "speaks of jumping, hanging or a weapon (es)",
        r"\b(?:tirarme|lanzarme|aventarme|arrojarme|saltar)\b{G4}(?:puente|balcon|azotea|edificio|"
        r"ventana|tren|vias|metro|autobus|coche|camion|acantilado|terraza|rio|mar|piso|techo)\b|"
        r"\b(?:pienso|pensando|pense|ganas|quiero|voy a|podria) (?:en )?(?:tirarme|lanzarme|"
        r"arrojarme|aventarme)\b|\b(?:ahorcarme|colgarme|ahogarme)\b|\b(?:cuerda|soga)\b{G6}(?:"
        r"compre|cuello|tengo|viga|arbol|armario)\b|\bcompre (?:una )?(?:cuerda|soga|pistola|arma)"
        r"\b|\b(?:pistola|arma|escopeta|rifle)\b{G8}(?:cargada|cabeza|boca|gatillo)\b|\b(?:pistola|"
        r"arma|"
        r"escopeta|rifle|cuchillo|navaja|cuerda|soga|pastillas)\b{G12}(?:usarla|usarlo|usarlas|"
        r"usarlos)\b",
    ),
    (
        "self_harm",
        S,
        "describes hurting themself (es)",
        r"\b(?:cortarme|me corto|me corte|me he cortado|me cortaba|quemarme|me quemo|me queme|"
        r"golpearme|me golpeo|hacerme dano|me hago dano|me hice dano|lastimarme|me lastimo|me "
        r"lastime|aranarme|me arano)\b(?! (?:el pelo|el cabello|las unas|con el sol|"
        r"al sol|cocinando|la lengua|con papel))|\bvolvi a (?:cortarme|hacerme dano|quemarme)\b|"
        r"\bme "
        r"(?:volvi a|he vuelto a|vuelvo a|sigo|estoy|empece a) (?:cort|lastim|quem|golpe|aran|"
        r"hac\w* "
        r"dano)\w*|\b(?:me hago|me hice|hacerme|me he hecho) (?:cortes|heridas|quemaduras)\b|"
        r"\bcortes"
        r" en (?:los|las|mis) (?:brazos|piernas|munecas|muslos)\b|\b(?:navaja|cuchilla|hoja de "
        r"afeitar)\b{G6}(?:brazos?|munecas?|"
        r"piernas?|muslos?)\b",
    ),
    (
        "self_harm",
        S,
        "hides scars (es)",
        r"\bcicatrices\b{G6}(?:esconder|escondo|tapar|tapo|vean|ocultar|oculto|manga)\b|\bmanga "
        r"larga\b{G6}(?:verano|calor|cicatrices|brazos|vean|esconder)\b",
    ),
    (
        "farewell",
        S,
        "posts a last message or goodbye (es)",
        r"\b(?:este es|este sera|es) mi (?:ultimo|ultima) (?:mensaje|comentario|post|publicacion|"
        r"despedida)\b|\badios a todos\b|\badios para siempre\b|\bme despido de (?:todos|ustedes|"
        r"ti)\b|\b(?:ya )?no (?:voy a estar|estare) (?:mas )?(?:aqui|por aqui|mas|con ustedes)\b|"
        r"\b(?:quiero|queria|vengo a|solo quiero) despedirme\b|\bcuando (?:yo )"
        r"?"
        r"ya no este\b|\bcuando me haya ido\b|\bcuando me muera\b|\b(?:cuiden|cuida|cuidad|cuidar|"
        r"cuide|adopte|adopten) (?:a |de )?mi (?:gato|gata|perro|perra|perrita|gatita|mascota|hijo|"
        r"hija|hijos|madre|padre)\b|\b(?:regale|regalado|regalando|regalar|dando|di) (?:casi )?"
        r"(?:todas |todos )?(?:mis cosas|todo lo que tengo|mis pertenencias|mi ropa|mis libros)\b|"
        r"\bya no (?:las|los|lo|la) voy a necesitar\b|\bdespedirme de (?:todos|ustedes|este foro|"
        r"la "
        r"comunidad|vosotros|cada uno)\b",
    ),
    (
        "farewell",
        W,
        "sounds like a farewell (es)",
        r"\bgracias por todo\b|\b(?:los|las|os) voy a extranar\b|\bvoy a extranar(?:los|las|os)\b|"
        r"\b(?:los|las|os) quiero (?:mucho )?a todos\b|\blos amo a todos\b|\bperdon(?:en)? por "
        r"todo\b|"
        r"\bno (?:es|fue) culpa de nadie\b|\bya no"
        r" voy a necesitar\b|\bme despido\b",
    ),
    (
        "burden_hopelessness",
        S,
        "believes others would be better off without them (es)",
        r"\b(?:estarian|estaria|vivirian|serian|seria|estaran|estara)(?: \w+)? mejor sin mi\b|"
        r"\bmejor"
        r" sin mi\b|\bsoy (?:una|un) (?:carga|estorbo|peso)\b|\bno (?:hay|tengo|veo|encuentro) "
        r"(?:ninguna )?salida\b|\bsin salida\b|\bnada va a (?:mejorar|cambiar)\b|\bnunca va a "
        r"mejorar\b|\bno va a mejorar nunca\b|\b(?:perdi|he perdido) (?:toda )?la esperanza\b|\bsin"
        r" esperanza\b|\bno tengo esperanza\b|\bnadie (?:me )?(?:extranaria|echaria de menos|"
        r"notaria|se daria cuenta)\b|\bsolo (?:estorbo|molesto)\b|\barruino (?:la vida de )"
        r"?(?:todo|"
        r"todos)\b",
    ),
    (
        "burden_hopelessness",
        W,
        "sounds despairing (es)",
        r"\btengo (?:mucho )?miedo\b|\bya no (?:puedo|aguanto|soporto)(?: mas)?\b|\bno (?:puedo|"
        r"aguanto|soporto) mas\b|\bme "
        r"siento (?:sol[oa]|vaci[oa]|inutil|perdid[oa]|rot[oa])\b|\bnadie me (?:entiende|quiere|"
        r"escucha)\b|\bestoy (?:agotad[oa]|destrozad[oa]|hundid[oa])\b",
    ),
    (
        "other_person_danger",
        S,
        "reports a threat or abuse (es)",
        rf"\b{PERSON_ES}\b{{G3}}(?:me pega|me golpea|me maltrata|me amenaza|me amenazo|me viola|me "
        rf"ahorca|me empuja|me agrede|me pego|me golpeo|dijo que me va a matar|me va a matar|me "
        rf"quiere matar|amenazo "
        rf"con matarme)\b|\b(?<!se )me (?:pega|pego|golpea|golpeo|maltrata|amenaza|amenazo|viola|"
        rf"ahorco|"
        rf"ahorca|agrede|agredio|empujo)\b|\bamenaz\w* con matarme\b|\bme va a matar\b(?! si (?:no "
        rf")"
        rf"?(?:"
        rf"entrego|llego|termino|ve|se entera|olvido|gasto|como))|\btengo miedo de (?:volver|"
        rf"regresar|ir) a (?:casa|mi casa)\b|\bmiedo (?:de|a) (?:el|mi (?:esposo|marido|pareja|"
        rf"novio|"
        rf"ex|padre|padrastro))\b|\bmiedo por mi vida\b|\bme (?:esta )?(?:siguiendo|sigue|acosa|"
        rf"acosando|vigila|vigilando|persigue)\b(?! en (?:instagram|twitter|redes|tiktok|facebook))"
        rf"|\bme deja notas\b|\b(?:dijo|dice|amenazo|amenaza)\b{{G4}}si\b{{G4}}(?:me|nos) (?:mata|"
        rf"matara|mataria|va a matar|hara dano)\b|\bmis? (?:hij[oa]s?|nin[oa]s?)\b{{G4}}(?:quiere "
        rf"morir|quiere matarse|se"
        rf" quiere matar|se corta|se lastima|se quiere morir)\b",
    ),
    (
        "harm_to_others",
        S,
        "threatens to hurt someone else (es)",
        r"\bvoy a matar(?:lo|la|los|las)?\b|\b(?:lo|la|los|las) voy a matar\b",
    ),
]
