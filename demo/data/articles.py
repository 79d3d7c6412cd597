"""Blog articles, oldest first. The second half of the list lives in articles_more.py."""

from demo.shapes import ArticleData

from .articles_more import MORE

FIRST: list[ArticleData] = [
    {
        "slug": "why-the-body-remembers-threat",
        "title": "Why the Body Remembers Threat",
        "intro": "Clients with a trauma history often describe reactions that arrive before any thought. A brief look at why, and what it means for pacing therapy.",
        "date": "2025-01-14",
        "authors": ["maya-okafor"],
        "categories": ["trauma", "nervous-system"],
        "tags": ["somatic", "polyvagal"],
        "related": ["grounding-skills-for-the-first-session", "sleep-after-trauma"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-01-09",
        "next_review_due": "2027-01-09",
        "body": [
            (
                "paragraph",
                "<p>Many clients living with post-traumatic stress tell us the same thing: their body reacts before they know why. A raised voice in a hallway or a particular smell can bring a racing heart, tight shoulders or a sudden wish to leave. These responses are not a failure of willpower. They are the work of a protective system that learned, under real danger, to act first and explain later.</p>",
            ),
            ("heading", "Protection that outlasts the danger"),
            (
                "paragraph",
                "<p>Threat responses are built for speed. When a situation resembles an earlier danger, the nervous system can mobilize for fight or flight, or shut down, long before slower reflective processes weigh in. This helps explain why insight alone rarely settles a reaction that lives in the body.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "A reaction that once kept someone alive deserves curiosity before it receives correction.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>For clinicians, the practical message is to work <i>with</i> the body rather than around it. Noticing breath, posture and the urge to move gives clients a first foothold: a way to register that a reaction is happening without being swept away by it. Going slowly is not a detour; it is often the treatment.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Trauma-related reactions often begin in the body before a client can name a trigger.",
                    "Framing these reactions as protective can reduce shame and improve engagement.",
                    "Slow, body-aware pacing helps clients stay within a tolerable range of arousal.",
                ],
            ),
            (
                "references",
                [
                    {
                        "citation": "van der Kolk, B. A. (2014). The Body Keeps the Score: Brain, Mind, and Body in the Healing of Trauma. Viking.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "self-compassion-is-not-self-indulgence",
        "title": "Self-Compassion Is Not Self-Indulgence",
        "intro": "Clients often fear that being kinder to themselves will make them lazy or careless. Here is how to address that worry directly.",
        "date": "2025-02-03",
        "authors": ["priya-raman"],
        "categories": ["compassion", "shame"],
        "tags": ["self-compassion", "inner-critic"],
        "related": ["working-with-shame-in-early-sessions"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2025-01-28",
        "next_review_due": "2026-01-28",
        "body": [
            (
                "paragraph",
                "<p>When we introduce self-compassion, a common first reaction is suspicion. Clients worry that easing up on themselves will lower their standards, or that kindness is something they have not yet earned. These concerns deserve a respectful hearing rather than quick reassurance.</p>",
            ),
            ("heading", "What self-compassion actually asks"),
            (
                "paragraph",
                "<p>Self-compassion is not the same as lowering the bar. It means meeting difficulty with the warmth one would offer a friend, remembering that struggle is part of being human, and holding painful feelings in awareness without inflating or suppressing them. Many clients find that this stance makes it <b>easier</b> to look honestly at their mistakes, because doing so no longer feels like an attack.</p>",
            ),
            (
                "paragraph",
                "<p>A useful exercise is to ask how the client would speak to a close friend in the same situation, and then to notice the gap between that voice and their own inner commentary. The contrast is often striking, and it opens a conversation about where the harsher voice came from.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Name and explore the fear that self-kindness will erode motivation.",
                    "Present self-compassion as a way of facing mistakes, not avoiding them.",
                    "Use the friend test to make the inner critic visible.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Explore our compassion programs",
                    "page": "",
                    "url": "https://example.org/programs/compassion",
                },
            ),
            (
                "references",
                [
                    {
                        "citation": "Neff, K. D. (2003). Self-compassion: An alternative conceptualization of a healthy attitude toward oneself. Self and Identity, 2(2), 85-101.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "the-anxious-brain-at-a-glance",
        "title": "The Anxious Brain at a Glance",
        "intro": "A one-page visual guide that helps clients understand what their brain is doing when they feel anxious, with notes on using it in session.",
        "date": "2025-02-25",
        "authors": ["helen-lindqvist"],
        "categories": ["infographics", "anxiety", "brain"],
        "tags": ["client-handouts", "amygdala", "psychoeducation"],
        "related": ["fear-and-anxiety-are-not-the-same-thing"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-02-18",
        "next_review_due": "2027-02-18",
        "body": [
            (
                "paragraph",
                "<p>This infographic summarizes, in plain language, three systems involved in anxiety: a fast alarm that detects possible threat, a body response that prepares for action, and slower thinking regions that judge whether the alarm was warranted. It is designed to be printed and reviewed with clients in an early session.</p>",
            ),
            ("heading", "How to use the handout"),
            (
                "paragraph",
                "<p>Walk through the graphic together rather than simply handing it over. Ask the client to point to the part that feels most familiar, and use their own examples to illustrate each stage. Many anxious clients are relieved to see their experience drawn as a predictable sequence rather than proof that something is broken.</p>",
            ),
            (
                "paragraph",
                "<p>Keep the message simple. The alarm is oversensitive, not defective, and practice can help the slower systems weigh in sooner. Avoid overstating what any single brain region does; the graphic is a teaching aid, not an anatomy lesson.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Review the handout together and anchor it in the client's own examples.",
                    "Describe the alarm as oversensitive rather than broken.",
                    "Treat brain diagrams as metaphors with a basis in research, not precise maps.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Download the printable infographic",
                    "page": "",
                    "url": "https://example.org/downloads/anxious-brain-infographic.pdf",
                },
            ),
        ],
    },
    {
        "slug": "how-fear-is-learned-and-unlearned",
        "title": "How Fear Is Learned, and How It Is Unlearned",
        "intro": "Fear memories are remarkably durable. Understanding how new learning competes with old fear can make exposure work more effective.",
        "date": "2025-03-18",
        "authors": ["helen-lindqvist"],
        "categories": ["fear", "neuroplasticity"],
        "tags": ["amygdala", "exposure", "memory"],
        "related": ["exposure-therapy-with-a-compassionate-frame"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-03-10",
        "next_review_due": "2027-03-10",
        "body": [
            (
                "paragraph",
                "<p>Fear learning is one of the most efficient kinds of learning the brain performs. A single frightening event can link a place, sound or sensation with danger, and that link can persist for years. From an evolutionary point of view this makes sense: forgetting a real threat costs more than overreacting to a false one.</p>",
            ),
            ("heading", "Extinction is new learning"),
            (
                "paragraph",
                "<p>When a feared situation is met repeatedly without the expected harm, fear usually decreases. Research on extinction suggests that the original memory is not erased; instead, a new memory of safety forms and competes with it. This helps explain why fear can return after a stressful period or in an unfamiliar setting.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "The goal of exposure is not to delete a fear memory but to give the safety memory a fighting chance.",
                    "attribution": "Helen Lindqvist",
                },
            ),
            (
                "paragraph",
                "<p>Clinically, this points toward varying the settings in which exposure happens, asking clients to compare what they predicted with what actually occurred, and preparing them for a temporary return of fear. A flare-up is a reason to practice again, not evidence that treatment has failed.</p>",
            ),
            (
                "references",
                [
                    {
                        "citation": "LeDoux, J. E. (1996). The Emotional Brain: The Mysterious Underpinnings of Emotional Life. Simon & Schuster.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "what-neuroplasticity-can-and-cannot-promise",
        "title": "What Neuroplasticity Can and Cannot Promise Your Clients",
        "intro": "The brain's capacity to change is real and hopeful, but popular accounts often oversell it. A guide to talking about plasticity honestly.",
        "date": "2025-04-08",
        "authors": ["helen-lindqvist"],
        "categories": ["neuroplasticity", "brain"],
        "tags": ["memory", "psychoeducation"],
        "related": ["how-fear-is-learned-and-unlearned", "how-depression-shows-up-in-the-brain"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-03-30",
        "next_review_due": "2027-03-30",
        "body": [
            (
                "paragraph",
                "<p>Neuroplasticity has become a favorite word in wellness marketing, often attached to promises of rapid rewiring. The underlying science is genuinely encouraging: the brain keeps adapting its connections throughout life in response to experience and practice. But the pace of change is usually gradual, and it depends on repetition, effort and context.</p>",
            ),
            ("heading", "A study that made the point"),
            (
                "paragraph",
                "<p>A widely cited example comes from research on London taxi drivers, whose years of learning the city's streets were associated with differences in the hippocampus. Findings like this show that sustained, demanding practice can be reflected in brain structure. They do not show that a weekend workshop will transform anyone.</p>",
            ),
            (
                "paragraph",
                "<p>With clients, a balanced message works best. Change is possible, and therapy is one of the experiences that can support it. It tends to come from many small repetitions rather than a single breakthrough, which is also why practicing skills between sessions matters.</p>",
            ),
            (
                "key_takeaways",
                [
                    "The adult brain remains capable of meaningful change.",
                    "Change in the brain is usually slow and depends on practice.",
                    "Honest framing protects clients from discouragement when progress is gradual.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Browse our brain science webinars",
                    "page": "",
                    "url": "https://example.org/webinars/brain",
                },
            ),
            (
                "references",
                [
                    {
                        "citation": "Maguire, E. A., Gadian, D. G., Johnsrude, I. S., Good, C. D., Ashburner, J., Frackowiak, R. S. J., & Frith, C. D. (2000). Navigation-related structural change in the hippocampi of taxi drivers. Proceedings of the National Academy of Sciences, 97(8), 4398-4403.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "pain-is-always-real",
        "title": "Pain Is Always Real: Explaining How the Brain Builds Pain",
        "intro": "Telling patients that pain involves the brain can sound like an accusation that it is all in their head. Careful language makes the difference.",
        "date": "2025-04-29",
        "authors": ["grace-nakamura"],
        "categories": ["chronic-pain", "brain"],
        "tags": ["pain-science", "psychoeducation"],
        "related": ["chronic-pain-and-a-history-of-trauma", "somatic-tracking-for-persistent-pain"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2025-04-22",
        "next_review_due": "2026-04-22",
        "body": [
            (
                "paragraph",
                "<p>Patients with persistent pain have often been doubted, and many arrive braced for another clinician to suggest they are imagining it. Pain science offers a more respectful message: all pain is produced by the nervous system, and all pain is real. The brain weighs signals from the body together with context, memory and expectation before producing the experience of pain.</p>",
            ),
            ("heading", "Starting the conversation"),
            (
                "paragraph",
                "<p>Validate the pain and its impact before offering any explanation. Then introduce the idea of an overprotective alarm: after a long period of pain, the system can become more sensitive, so that smaller inputs produce larger responses. This framing explains why stress, poor sleep and fear of movement can make pain worse, without implying that the patient is to blame.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "Explaining pain is not the same as explaining it away.",
                    "attribution": "",
                },
            ),
            (
                "key_takeaways",
                [
                    "Validate first, explain second.",
                    "Describe a sensitized nervous system as overprotective, not broken.",
                    "Link stress, sleep and fear to pain without suggesting the pain is imagined.",
                ],
            ),
            (
                "references",
                [
                    {
                        "citation": "Melzack, R., & Wall, P. D. (1965). Pain mechanisms: A new theory. Science, 150(3699), 971-979.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                    {
                        "citation": "Butler, D. S., & Moseley, G. L. (2003). Explain Pain. Noigroup Publications.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                ],
            ),
        ],
    },
    {
        "slug": "prescribing-movement-for-depression",
        "title": "Prescribing Movement: Exercise in the Care of Depression",
        "intro": "Physical activity has a respectable evidence base for low mood. The hard part is helping a depressed patient begin.",
        "date": "2025-05-20",
        "authors": ["daniel-reyes"],
        "categories": ["exercise-and-mental-health", "depression"],
        "tags": ["movement"],
        "related": ["moving-the-body-to-settle-an-anxious-mind"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-05-12",
        "next_review_due": "2027-05-12",
        "body": [
            (
                "paragraph",
                "<p>Exercise is one of the better-studied lifestyle approaches to depression, and trials have compared structured activity with standard treatments in some groups of patients. Yet the advice to get more exercise rarely helps on its own. Depression drains exactly the energy and motivation a new routine requires.</p>",
            ),
            ("heading", "Start smaller than seems useful"),
            (
                "paragraph",
                "<p>The most effective movement plan is usually the one the patient will actually follow. A ten-minute walk after lunch, stretching while the kettle boils or a short bike ride with a friend all count. Linking activity to something the patient already values, such as time outdoors or company, makes it more likely to stick.</p>",
            ),
            (
                "paragraph",
                "<p>Ask the patient to rate their mood before and after activity for a week or two. Many discover a small but noticeable lift that their depression had predicted would not happen, and that discovery can be more persuasive than any statistic. Coordinate with the patient's medical team when health conditions affect what kind of activity is appropriate.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Begin with activity small enough to feel almost too easy.",
                    "Connect movement to the patient's own values and relationships.",
                    "Let mood ratings before and after activity provide the evidence.",
                ],
            ),
            (
                "references",
                [
                    {
                        "citation": "Blumenthal, J. A., Babyak, M. A., Moore, K. A., et al. (1999). Effects of exercise training on older patients with major depression. Archives of Internal Medicine, 159(19), 2349-2356.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "understanding-ptsd-beyond-the-checklist",
        "title": "Understanding PTSD Beyond the Symptom Checklist",
        "intro": "A diagnosis of PTSD names a pattern, but it does not tell you who is sitting in front of you. Notes on assessment that keeps the person in view.",
        "date": "2025-06-10",
        "authors": ["maya-okafor", "daniel-reyes"],
        "categories": ["ptsd", "trauma-therapy"],
        "tags": ["psychoeducation", "therapeutic-alliance"],
        "related": ["choosing-among-trauma-therapies"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-06-02",
        "next_review_due": "2027-06-02",
        "body": [
            (
                "paragraph",
                "<p>Diagnostic criteria for PTSD group symptoms into intrusions, avoidance, negative changes in mood and thinking, and shifts in arousal and reactivity. Structured measures are valuable for establishing a baseline and tracking change. Used alone, however, they can miss what matters most to the person: how the trauma has altered their relationships, work, sense of self and hopes for the future.</p>",
            ),
            ("heading", "Assessment as the first intervention"),
            (
                "paragraph",
                "<p>How we ask about trauma can shape whether a client comes back. Explaining why questions are being asked, offering choice about how much detail to share and checking how the conversation feels all communicate safety. Clients do not need to tell the full story in the first session for an assessment to be thorough.</p>",
            ),
            (
                "paragraph",
                "<p>It also helps to ask about strengths and supports. Knowing what has helped a client get through so far gives both of you resources to draw on when treatment becomes demanding.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Use standardized measures, but pair them with the client's own account.",
                    "Explain, offer choices and check in throughout the assessment.",
                    "Ask about strengths and supports as carefully as about symptoms.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Explore the trauma-informed care course",
                    "page": "/courses/trauma-informed-care/",
                    "url": "",
                },
            ),
            (
                "references",
                [
                    {
                        "citation": "Herman, J. L. (1992). Trauma and Recovery. Basic Books.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "fear-and-anxiety-are-not-the-same-thing",
        "title": "Fear and Anxiety Are Not the Same Thing",
        "intro": "Separating fear from anxiety helps clients make sense of their symptoms and helps clinicians choose where to intervene.",
        "date": "2025-07-01",
        "authors": ["daniel-reyes"],
        "categories": ["fear", "anxiety"],
        "tags": ["worry", "panic"],
        "related": ["the-anxious-brain-at-a-glance", "how-fear-is-learned-and-unlearned"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-06-24",
        "next_review_due": "2027-06-24",
        "body": [
            (
                "paragraph",
                "<p>In everyday speech, fear and anxiety are used interchangeably. Clinically, it is useful to tell them apart. Fear is a response to a threat that is present and identifiable; anxiety is a more diffuse apprehension about something that might happen. One is a sprint, the other a long and tiring watch.</p>",
            ),
            ("heading", "Why the distinction matters"),
            (
                "paragraph",
                "<p>A client who panics in elevators is dealing largely with fear, and graded exposure is often a natural fit. A client who lies awake rehearsing every way tomorrow could go wrong is caught in anxious anticipation, where work on worry, uncertainty and attention may matter more. Many people experience both, and each can feed the other.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "Fear asks what is happening now; anxiety asks what might happen next.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>Simply naming which state is in the foreground can be calming. It gives the client a map, and a map makes it easier to choose the next step.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Fear responds to present threat; anxiety anticipates possible threat.",
                    "The balance between the two can guide the choice of intervention.",
                    "Naming the state gives clients a sense of orientation.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Explore the mindfulness for anxiety course",
                    "page": "/courses/mindfulness-for-anxiety/",
                    "url": "",
                },
            ),
        ],
    },
    {
        "slug": "attachment-in-the-couple-room",
        "title": "Attachment in the Couple Room",
        "intro": "Recurring fights between partners are often less about dishes or money than about a deeper question: are you there for me?",
        "date": "2025-07-22",
        "authors": ["jonah-whitfield"],
        "categories": ["relationships"],
        "tags": ["attachment", "couples"],
        "related": ["repairing-ruptures-between-partners"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2025-07-15",
        "next_review_due": "2026-07-15",
        "body": [
            (
                "paragraph",
                "<p>Couples often arrive describing the same argument on repeat. The topic changes, but the pattern does not: one partner pursues, pushes and protests, while the other withdraws, goes quiet or leaves the room. Attachment theory offers a compassionate way to understand this dance.</p>",
            ),
            ("heading", "Protest and withdrawal as bids for connection"),
            (
                "paragraph",
                "<p>From an attachment perspective, pursuing and withdrawing are both attempts to manage the fear of disconnection. The pursuer is trying to get a response; the withdrawer is trying to keep things from getting worse. Helping each partner see the other's behavior as a strategy rather than a character flaw can soften the room quickly.</p>",
            ),
            (
                "paragraph",
                "<p>The therapist's task is to slow the cycle enough that the more vulnerable feelings underneath, such as loneliness, fear of failing or fear of being left, can be spoken and heard. When partners respond to those feelings directly, the surface argument often loses its charge.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Look for the pursue-withdraw cycle beneath recurring arguments.",
                    "Frame each partner's behavior as a way of coping with fear of disconnection.",
                    "Slow the cycle down so that softer feelings can be expressed.",
                ],
            ),
            (
                "references",
                [
                    {
                        "citation": "Bowlby, J. (1969). Attachment and Loss: Vol. 1. Attachment. Basic Books.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                    {
                        "citation": "Johnson, S. M. (2004). The Practice of Emotionally Focused Couple Therapy: Creating Connection (2nd ed.). Brunner-Routledge.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                ],
            ),
        ],
    },
    {
        "slug": "naming-racial-trauma-in-the-therapy-room",
        "title": "Naming Racial Trauma in the Therapy Room",
        "intro": "Experiences of racism can leave lasting marks, yet they are often left out of assessment and treatment. Why clinicians should ask, and how.",
        "date": "2025-08-12",
        "authors": ["maya-okafor", "jonah-whitfield"],
        "categories": ["antiracism", "trauma"],
        "tags": ["racial-trauma", "cultural-humility"],
        "related": ["antiracism-in-clinical-supervision"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-08-04",
        "next_review_due": "2027-08-04",
        "body": [
            (
                "paragraph",
                "<p>Clients of color frequently carry experiences of discrimination, exclusion and racial violence that shape how safe the world feels. These may be single dramatic events or the cumulative weight of many smaller ones. When clinicians do not ask about them, clients may conclude that such experiences are unwelcome in therapy.</p>",
            ),
            ("heading", "Making room for the conversation"),
            (
                "paragraph",
                "<p>Ask directly and without assuming. A question such as <i>how has racism or discrimination affected you?</i> signals that the topic belongs in the room. Listen for individual events and for the wider traumas carried by families and communities, and resist the urge to reframe or explain away what the client describes.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "Silence about racism in therapy is rarely experienced as neutral.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>Clinicians also need to examine their own position and blind spots. Ongoing consultation, humility about the limits of one's understanding and a willingness to repair when mistakes happen are part of the work, not optional extras.</p>",
            ),
            (
                "references",
                [
                    {
                        "citation": "Sue, D. W., Capodilupo, C. M., Torino, G. C., Bucceri, J. M., Holder, A. M. B., Nadal, K. L., & Esquilin, M. (2007). Racial microaggressions in everyday life: Implications for clinical practice. American Psychologist, 62(4), 271-286.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                    {
                        "citation": "Menakem, R. (2017). My Grandmother's Hands: Racialized Trauma and the Pathway to Mending Our Hearts and Bodies. Central Recovery Press.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                ],
            ),
        ],
    },
    {
        "slug": "a-breathing-space-between-sessions",
        "title": "A Three-Minute Breathing Space Between Sessions",
        "intro": "A short, structured pause can help clinicians arrive fresh for each client. Here is a simple version to try today.",
        "date": "2025-09-02",
        "authors": ["priya-raman"],
        "categories": ["mindfulness"],
        "tags": ["breathwork", "meditation", "burnout"],
        "related": ["burnout-is-not-a-personal-failing"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-08-25",
        "next_review_due": "2027-08-25",
        "body": [
            (
                "paragraph",
                "<p>Back-to-back sessions leave little room to digest what we have just heard. Carrying one client's distress into the next hour affects our attention, and over weeks it adds to fatigue. A brief, deliberate pause between appointments is one of the simplest ways to reset.</p>",
            ),
            ("heading", "Three steps"),
            (
                "paragraph",
                "<p>The practice has three movements, each taking roughly a minute:</p><ul><li><b>Notice.</b> Ask what is here right now: thoughts, feelings, sensations.</li><li><b>Gather.</b> Narrow attention to the breath moving in the belly.</li><li><b>Widen.</b> Let awareness expand to the whole body, then to the room.</li></ul>",
            ),
            (
                "paragraph",
                "<p>There is no right way to feel afterward. Some days the pause brings calm; other days it simply shows how busy the mind is. Both are useful information, and both help us meet the next client with a little more presence.</p>",
            ),
            (
                "call_to_action",
                {
                    "label": "Explore the mindfulness for anxiety course",
                    "page": "/courses/mindfulness-for-anxiety/",
                    "url": "",
                },
            ),
            (
                "references",
                [
                    {
                        "citation": "Segal, Z. V., Williams, J. M. G., & Teasdale, J. D. (2002). Mindfulness-Based Cognitive Therapy for Depression: A New Approach to Preventing Relapse. Guilford Press.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "working-with-shame-in-early-sessions",
        "title": "Working With Shame in Early Sessions",
        "intro": "Shame tends to hide, including from the therapist. Recognizing its quieter signs early can protect the alliance.",
        "date": "2025-09-23",
        "authors": ["maya-okafor"],
        "categories": ["shame", "compassion"],
        "tags": ["inner-critic", "therapeutic-alliance"],
        "related": ["self-compassion-is-not-self-indulgence"],
        "reviewed_by": "priya-raman",
        "last_reviewed": "2026-09-15",
        "next_review_due": "2027-09-15",
        "body": [
            (
                "paragraph",
                "<p>Unlike guilt, which concerns something a person did, shame concerns who a person believes they are. It is often felt as a wish to disappear. In therapy it rarely announces itself; instead it shows up as averted eyes, sudden changes of subject, joking, or a client apologizing for taking up time.</p>",
            ),
            ("heading", "Signs to watch for"),
            (
                "paragraph",
                "<p>Shame often appears indirectly:</p><ul><li>A drop in eye contact or a collapse in posture after a disclosure.</li><li>Minimizing statements such as <i>it wasn't a big deal</i>.</li><li>A cancellation after a session in which something painful was shared.</li></ul>",
            ),
            (
                "pull_quote",
                {
                    "text": "Shame grows in secrecy and eases, slowly, in the presence of someone who does not turn away.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>When you notice these signs, slow down. Gently naming the moment, for example by observing that what was just said seemed hard to say, can help. So can thanking the client for their honesty and asking how it feels to have shared it.</p>",
            ),
            (
                "call_to_action",
                {
                    "label": "Explore the trauma-informed care course",
                    "page": "/courses/trauma-informed-care/",
                    "url": "",
                },
            ),
            (
                "references",
                [
                    {
                        "citation": "Tangney, J. P., & Dearing, R. L. (2002). Shame and Guilt. Guilford Press.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "what-the-pandemic-taught-us-about-telehealth",
        "title": "What the Pandemic Years Taught Us About Telehealth",
        "intro": "The rapid move to video sessions in 2020 was an unplanned experiment. Several of its lessons have outlasted the emergency.",
        "date": "2025-10-14",
        "authors": ["daniel-reyes"],
        "categories": ["covid-19-pandemic"],
        "tags": ["telehealth", "therapeutic-alliance"],
        "related": ["long-covid-fatigue-and-mood"],
        "reviewed_by": "jonah-whitfield",
        "last_reviewed": "2025-10-07",
        "next_review_due": "2026-10-07",
        "body": [
            (
                "paragraph",
                "<p>When the COVID-19 pandemic closed offices, many clinicians moved their entire caseloads online within weeks. Few had trained for it, and early sessions were full of frozen screens and interrupted sentences. Yet many therapists and clients discovered that meaningful work could happen through a screen.</p>",
            ),
            ("heading", "What has lasted"),
            (
                "paragraph",
                "<p>Video sessions widened access for people with mobility limits, caregiving duties or long journeys to the clinic. They also gave clinicians glimpses of clients' home lives that sometimes enriched treatment. At the same time, privacy at home is not guaranteed, and some clients found it harder to feel contained without a separate physical space.</p>",
            ),
            (
                "paragraph",
                "<p>Good telehealth practice now includes a plan for dropped connections, a check on who else might be within earshot, and a crisis plan that accounts for where the client actually is. Offering a choice of formats, where possible, respects that different clients do their best work in different settings.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Telehealth widened access for many clients who struggled to attend in person.",
                    "Privacy and containment need active attention in remote sessions.",
                    "Every remote client should have a location-aware crisis plan.",
                ],
            ),
        ],
    },
    {
        "slug": "grounding-skills-for-the-first-session",
        "title": "Grounding Skills Worth Teaching in the First Session",
        "intro": "Clients who become overwhelmed need a way back to the present before deeper work can begin. Three grounding skills that are quick to learn.",
        "date": "2025-11-04",
        "authors": ["maya-okafor"],
        "categories": ["healing-trauma", "body-oriented-therapy"],
        "tags": ["somatic", "window-of-tolerance"],
        "related": ["why-the-body-remembers-threat", "window-of-tolerance-infographic"],
        "reviewed_by": "grace-nakamura",
        "last_reviewed": "2026-10-28",
        "next_review_due": "2027-10-28",
        "body": [
            (
                "paragraph",
                "<p>Clients with post-traumatic stress can move quickly from calm to overwhelmed, sometimes in the middle of a sentence. Before exploring painful material, it helps to give them a few reliable ways back to the present moment. Teaching these early also sends a message: in this room, we will not push past your limits.</p>",
            ),
            ("heading", "Three skills to start with"),
            (
                "paragraph",
                "<p>Each of these takes only a minute to practice:</p><ul><li><b>Orienting.</b> Slowly look around the room and name a few objects, colors or sounds.</li><li><b>Pressing down.</b> Feel the feet on the floor and press gently, noticing the support beneath.</li><li><b>Temperature.</b> Hold something cool or warm and describe the sensation in detail.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Practice these while the client is relatively settled, so that they are familiar before they are needed. Invite the client to rate how present they feel before and after, and to adapt the skills to their preferences. Some clients prefer to keep their eyes open; others like to hold a small object from home.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Teach grounding before asking clients to approach painful material.",
                    "Practice skills when the client is calm so they are available under stress.",
                    "Let clients adapt each skill to what works for them.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Explore the trauma-informed care course",
                    "page": "/courses/trauma-informed-care/",
                    "url": "",
                },
            ),
        ],
    },
    {
        "slug": "why-we-fund-training-for-community-clinicians",
        "title": "Why We Fund Training for Community Clinicians",
        "intro": "Each year the Institute sets aside course places for clinicians working in under-resourced settings. Here is why, and how to apply.",
        "date": "2025-11-25",
        "authors": ["daniel-reyes"],
        "categories": ["charity"],
        "tags": ["scholarships"],
        "related": [],
        "reviewed_by": None,
        "last_reviewed": None,
        "next_review_due": None,
        "body": [
            (
                "paragraph",
                "<p>Clinicians in community clinics, shelters and rural practices often serve the people with the greatest need and the fewest alternatives. They are also the least likely to have a training budget. Our scholarship program exists to close part of that gap.</p>",
            ),
            ("heading", "How the program works"),
            (
                "paragraph",
                "<p>Every year a share of course places is reserved for clinicians who work mainly with low-income or underserved populations. Applications are reviewed by a small panel that includes practicing clinicians. Places cover the full course, including continuing-education credit, at no cost to the participant.</p>",
            ),
            (
                "paragraph",
                "<p>The program is funded partly by course fees and partly by donations from past participants who wanted to pass on what they learned. If you would like to contribute, or to nominate a colleague, details are on our scholarship page.</p>",
            ),
            (
                "call_to_action",
                {
                    "label": "Apply for or support a scholarship",
                    "page": "",
                    "url": "https://example.org/scholarships",
                },
            ),
        ],
    },
    {
        "slug": "when-the-holidays-are-hard",
        "title": "When the Holidays Are Hard: Supporting Clients Through Seasonal Grief",
        "intro": "For clients living with loss or low mood, the end of the year can intensify pain. Practical ways to plan ahead together.",
        "date": "2025-12-16",
        "authors": ["priya-raman"],
        "categories": ["depression"],
        "tags": ["rumination", "self-compassion"],
        "related": ["mindfulness-and-depressive-relapse"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2025-12-10",
        "next_review_due": "2026-12-10",
        "body": [
            (
                "paragraph",
                "<p>Holiday seasons come with strong expectations of joy and togetherness. For clients who are grieving, estranged from family or living with depression, those expectations can sharpen a sense of loss. Many feel they are failing at the season on top of everything else.</p>",
            ),
            ("heading", "Plan, don't just endure"),
            (
                "paragraph",
                "<p>Invite clients to look ahead at the days likely to be hardest and decide in advance what they want from them. That might mean attending part of a gathering, creating a new ritual to honor someone who has died, or arranging a call with a supportive friend. Having a plan reduces the helpless feeling of waiting for the day to pass.</p>",
            ),
            (
                "paragraph",
                "<p>Watch for rumination, the repetitive going-over of what was lost or what should have been. Helping clients shift from replaying the past to choosing one small action in the present can interrupt the spiral. Keep safety plans current for clients with a history of suicidal thinking, since painful anniversaries can raise risk.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Plan for the hardest days rather than simply enduring them.",
                    "Notice rumination and gently redirect toward one small present action.",
                    "Review safety plans ahead of difficult anniversaries.",
                ],
            ),
        ],
    },
]

ARTICLES = [*FIRST, *MORE]
