"""Blog articles, continued (2026). Appended to ARTICLES in articles.py."""

from demo.shapes import ArticleData

MORE: list[ArticleData] = [
    {
        "slug": "the-vagus-nerve-without-the-hype",
        "title": "The Vagus Nerve Without the Hype",
        "intro": "Vagus nerve hacks are everywhere online. What is known, what is contested, and what clinicians can reasonably say.",
        "date": "2026-01-13",
        "authors": ["helen-lindqvist"],
        "categories": ["nervous-system", "body-oriented-therapy"],
        "tags": ["polyvagal", "breathwork"],
        "related": ["why-the-body-remembers-threat"],
        "reviewed_by": "grace-nakamura",
        "last_reviewed": "2026-01-06",
        "next_review_due": "2027-01-06",
        "body": [
            (
                "paragraph",
                "<p>The vagus nerve is a major pathway linking the brain with the heart, lungs and gut, and it plays an important part in slowing the heart and supporting rest and digestion. In recent years it has become a social media celebrity, credited with everything from curing anxiety to reversing illness. The reality is more modest, and more interesting.</p>",
            ),
            ("heading", "Theory and evidence"),
            (
                "paragraph",
                "<p>Polyvagal theory has given many clinicians a helpful vocabulary for states of safety, mobilization and shutdown, and it has encouraged attention to the body in therapy. Some of its specific physiological claims remain debated among researchers. It is reasonable to use the framework as a clinical map while being clear that it is a model, not settled fact.</p>",
            ),
            (
                "paragraph",
                "<p>What holds up well is that slow breathing with a longer exhale tends to shift many people toward a calmer state. Offering this as an experiment, and inviting the client to notice what actually happens, is more honest and more empowering than promising a switch that turns anxiety off.</p>",
            ),
            (
                "key_takeaways",
                [
                    "The vagus nerve matters for regulation, but online claims often outrun the evidence.",
                    "Polyvagal ideas can serve as a clinical map without being treated as settled science.",
                    "Present breathing practices as experiments, not guaranteed fixes.",
                ],
            ),
            (
                "references",
                [
                    {
                        "citation": "Porges, S. W. (2011). The Polyvagal Theory: Neurophysiological Foundations of Emotions, Attachment, Communication, and Self-Regulation. W. W. Norton.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "mindfulness-and-depressive-relapse",
        "title": "Mindfulness and the Prevention of Depressive Relapse",
        "intro": "For people who have recovered from several episodes of depression, the risk of return is high. Mindfulness-based approaches target one of the mechanisms behind relapse.",
        "date": "2026-02-03",
        "authors": ["priya-raman", "daniel-reyes"],
        "categories": ["mindfulness", "depression"],
        "tags": ["meditation", "rumination"],
        "related": ["when-the-holidays-are-hard", "how-depression-shows-up-in-the-brain"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-01-27",
        "next_review_due": "2027-01-27",
        "body": [
            (
                "paragraph",
                "<p>After recovery from depression, ordinary sadness can reactivate old patterns of thinking with surprising speed. A low afternoon becomes evidence of failure, and the mind begins to dwell on it. Over repeated episodes, this link between mood and negative thinking can grow stronger and more automatic.</p>",
            ),
            ("heading", "Changing the relationship to thoughts"),
            (
                "paragraph",
                "<p>Mindfulness-based cognitive therapy teaches people to notice these shifts early and to treat thoughts as passing mental events rather than facts. The aim is not to argue with each thought but to step out of automatic pilot and choose a response. Group formats let participants practice together and see that others share the same patterns.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "The aim is not to stop sad moods from arising but to keep them from gathering momentum.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>These programs are generally offered to people who are currently well rather than in the middle of a severe episode. Clinicians considering a referral should discuss timing, the commitment to home practice and how the program fits with any ongoing treatment.</p>",
            ),
            (
                "references",
                [
                    {
                        "citation": "Segal, Z. V., Williams, J. M. G., & Teasdale, J. D. (2002). Mindfulness-Based Cognitive Therapy for Depression: A New Approach to Preventing Relapse. Guilford Press.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                    {
                        "citation": "Williams, M., Teasdale, J., Segal, Z., & Kabat-Zinn, J. (2007). The Mindful Way Through Depression: Freeing Yourself from Chronic Unhappiness. Guilford Press.",
                        "doi": "",
                        "pubmed_id": "",
                    },
                ],
            ),
        ],
    },
    {
        "slug": "spirituality-as-a-resource-in-therapy",
        "title": "Spirituality as a Resource in Therapy",
        "intro": "For many clients, faith and meaning are central to how they cope. Clinicians do not need to share those beliefs to engage with them respectfully.",
        "date": "2026-02-24",
        "authors": ["jonah-whitfield"],
        "categories": ["spirituality"],
        "tags": ["cultural-humility"],
        "related": [],
        "reviewed_by": None,
        "last_reviewed": None,
        "next_review_due": None,
        "body": [
            (
                "paragraph",
                "<p>Religious and spiritual beliefs are, for many people, a primary source of meaning, community and comfort in hard times. Yet clinical training often says little about how to bring these topics into therapy. As a result, clinicians may avoid them altogether, leaving an important part of the client's life unexplored.</p>",
            ),
            ("heading", "Asking with curiosity"),
            (
                "paragraph",
                "<p>A simple, open question during assessment, such as whether faith, spirituality or a sense of meaning plays a part in the client's life, gives permission to talk about it. Follow the client's language and let them define what the words mean to them. For some, spirituality is a deep resource; for others it is bound up with painful experiences that also deserve attention.</p>",
            ),
            (
                "paragraph",
                "<p>Clinicians should stay within their competence and avoid imposing their own views, religious or secular. When spiritual questions reach beyond the therapy, collaborating with a chaplain or faith leader the client trusts can be valuable.</p>",
            ),
            (
                "references",
                [
                    {
                        "citation": "Pargament, K. I. (2007). Spiritually Integrated Psychotherapy: Understanding and Addressing the Sacred. Guilford Press.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "the-perfectionism-trap-in-high-achievers",
        "title": "The Perfectionism Trap in High-Achieving Clients",
        "intro": "Perfectionism often looks like success from the outside. Inside, it can be a relentless source of anxiety and exhaustion.",
        "date": "2026-03-17",
        "authors": ["priya-raman"],
        "categories": ["perfectionism", "anxiety"],
        "tags": ["inner-critic", "burnout"],
        "related": ["self-compassion-is-not-self-indulgence"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-03-09",
        "next_review_due": "2027-03-09",
        "body": [
            (
                "paragraph",
                "<p>Clients with perfectionistic standards often come to therapy for something else: anxiety, insomnia, burnout or a relationship under strain. Their achievements may be considerable, which makes it easy for everyone, including the client, to overlook the cost. Beneath the polish there is often a persistent fear that any mistake will expose them as inadequate.</p>",
            ),
            ("heading", "Striving versus self-criticism"),
            (
                "paragraph",
                "<p>Researchers distinguish between high personal standards, which can be healthy, and the harsh self-evaluation and fear of failure that often come with them. It is usually the second part that drives distress. Treatment therefore does not aim to make clients care less about their work but to loosen the link between performance and self-worth.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "High standards are not the problem; a verdict on one's worth after every task is.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>Behavioral experiments can help: submitting work that is good rather than flawless, or deliberately leaving a small imperfection, and then observing what actually happens. Clients are frequently surprised by how little changes, and by how much energy they recover.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Perfectionism often hides behind other presenting problems.",
                    "Target self-criticism and fear of failure rather than standards themselves.",
                    "Use small behavioral experiments to test perfectionistic predictions.",
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
            (
                "references",
                [
                    {
                        "citation": "Hewitt, P. L., & Flett, G. L. (1991). Perfectionism in the self and social contexts: Conceptualization, assessment, and association with psychopathology. Journal of Personality and Social Psychology, 60(3), 456-470.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "exposure-therapy-with-a-compassionate-frame",
        "title": "Exposure Therapy With a Compassionate Frame",
        "intro": "Exposure is among the most effective treatments for anxiety, yet many anxious clients decline it. Compassion can make the first step possible.",
        "date": "2026-04-07",
        "authors": ["daniel-reyes", "priya-raman"],
        "categories": ["fear", "anxiety", "compassion"],
        "tags": ["exposure", "self-compassion"],
        "related": ["how-fear-is-learned-and-unlearned"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-03-31",
        "next_review_due": "2027-03-31",
        "body": [
            (
                "paragraph",
                "<p>Exposure-based treatments have strong support for phobias, panic and other anxiety problems. Their difficulty is obvious: they ask people to approach exactly what frightens them. Refusal and drop-out are common, and clients who decline are sometimes labeled unmotivated when they are simply scared.</p>",
            ),
            ("heading", "Courage needs support"),
            (
                "paragraph",
                "<p>Framing exposure as an act of self-care rather than a test of toughness can change how it feels. Clients can be encouraged to speak to themselves kindly before and during a practice, to acknowledge that it is hard, and to credit their effort regardless of how anxious they felt. The steps of the hierarchy stay the same; the inner voice that accompanies them changes.</p>",
            ),
            (
                "paragraph",
                "<p>Collaboration matters too. When clients help design each step and know they can pause, they are more willing to stay with discomfort long enough to learn something new.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Reluctance to begin exposure usually reflects fear, not lack of motivation.",
                    "A kind inner voice can make approaching fear more tolerable.",
                    "Shared design of each step increases willingness to stay with discomfort.",
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
        "slug": "sleep-after-trauma",
        "title": "Sleep After Trauma",
        "intro": "Poor sleep and nightmares are among the most persistent complaints after trauma. Why they deserve direct attention in treatment.",
        "date": "2026-04-28",
        "authors": ["daniel-reyes"],
        "categories": ["trauma", "nervous-system"],
        "tags": ["sleep"],
        "related": ["why-the-body-remembers-threat"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-04-21",
        "next_review_due": "2027-04-21",
        "body": [
            (
                "paragraph",
                "<p>Sleep problems are very common in people living with post-traumatic stress. A nervous system tuned for danger finds it hard to lower its guard at night, and nightmares can turn bedtime itself into a source of dread. Over time, poor sleep can worsen irritability, concentration and mood.</p>",
            ),
            ("heading", "Treat sleep as a target, not a side effect"),
            (
                "paragraph",
                "<p>It is tempting to assume that sleep will improve once the trauma has been processed. Sometimes it does, but sleep problems often persist and deserve their own attention. Structured approaches for insomnia and for recurring nightmares exist, and many can be integrated alongside trauma-focused therapy.</p>",
            ),
            (
                "paragraph",
                "<p>Start with specific questions: when the client goes to bed, how long it takes to fall asleep, what happens when they wake, and what the nightmares contain. A sleep diary kept for two weeks provides useful detail. Coordinate with the client's physician when medication or another medical condition may be playing a part.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Sleep problems after trauma are common and often persist without direct treatment.",
                    "Ask detailed questions and use a sleep diary.",
                    "Work alongside medical colleagues when physical factors may be involved.",
                ],
            ),
        ],
    },
    {
        "slug": "chronic-pain-and-a-history-of-trauma",
        "title": "Chronic Pain and a History of Trauma",
        "intro": "Many patients with persistent pain also carry earlier traumas. Recognizing the overlap can make care safer and more effective.",
        "date": "2026-05-19",
        "authors": ["grace-nakamura", "maya-okafor"],
        "categories": ["chronic-pain", "trauma"],
        "tags": ["pain-science", "somatic"],
        "related": ["pain-is-always-real"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-05-11",
        "next_review_due": "2027-05-11",
        "body": [
            (
                "paragraph",
                "<p>Large population studies have linked adverse childhood experiences with a wide range of later health problems, and persistent pain appears more often among people with such histories. This does not mean trauma causes every pain condition. It does mean that any pain clinic will see many patients whose nervous systems were shaped by early adversity.</p>",
            ),
            ("heading", "Implications for the clinic"),
            (
                "paragraph",
                "<p>Physical examinations, procedures and even routine questions about the body can be distressing for someone with a trauma history. Explaining each step, asking permission and offering choices about positioning are small changes that can make a large difference. Patients should not have to disclose past traumas in order to be treated with this kind of care.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "Trauma-informed pain care begins with the assumption that any patient might have a reason to feel unsafe.",
                    "attribution": "",
                },
            ),
            (
                "key_takeaways",
                [
                    "Trauma histories are common among people with persistent pain.",
                    "Explain, ask and offer choices before any physical examination.",
                    "Apply these practices to everyone, whether or not trauma has been disclosed.",
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
                        "citation": "Felitti, V. J., Anda, R. F., Nordenberg, D., et al. (1998). Relationship of childhood abuse and household dysfunction to many of the leading causes of death in adults: The Adverse Childhood Experiences (ACE) Study. American Journal of Preventive Medicine, 14(4), 245-258.",
                        "doi": "10.1016/S0749-3797(98)00017-8",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "somatic-tracking-for-persistent-pain",
        "title": "Somatic Tracking for Persistent Pain",
        "intro": "A short, mindful way of attending to pain sensations with curiosity instead of alarm. A demonstration and notes for clinicians.",
        "date": "2026-06-09",
        "authors": ["grace-nakamura"],
        "categories": ["body-oriented-therapy", "chronic-pain", "mindfulness"],
        "tags": ["somatic", "pain-science", "meditation"],
        "related": ["pain-is-always-real"],
        "reviewed_by": "priya-raman",
        "last_reviewed": "2026-06-01",
        "next_review_due": "2027-06-01",
        "body": [
            (
                "paragraph",
                "<p>When pain has lasted for months or years, attention to it is usually colored by fear: what is wrong, and will it get worse? Somatic tracking invites patients to observe sensations with a different attitude. They notice qualities such as location, size, temperature and change over time, while reminding themselves that the sensations are not a sign of danger.</p>",
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=Qm7rT2vLx9A",
                    "caption": "Grace Nakamura guides a volunteer through a five-minute somatic tracking exercise.",
                },
            ),
            ("heading", "Guiding the exercise"),
            (
                "paragraph",
                "<p>Keep the tone light and curious. Ask the patient to describe what they notice and reflect it back without adding interpretation. If distress rises, widen attention to include a neutral or comfortable part of the body, or open the eyes and orient to the room.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Curious attention can loosen the link between pain sensations and fear.",
                    "Reflect the patient's descriptions without interpreting them.",
                    "Widen attention or orient to the room if distress rises.",
                ],
            ),
        ],
    },
    {
        "slug": "window-of-tolerance-infographic",
        "title": "Infographic: The Window of Tolerance for Clients",
        "intro": "A printable visual that helps clients recognize when they are overwhelmed, shut down, or in a range where they can think and feel at the same time.",
        "date": "2026-06-30",
        "authors": ["maya-okafor"],
        "categories": ["infographics", "healing-trauma"],
        "tags": ["window-of-tolerance", "client-handouts"],
        "related": ["grounding-skills-for-the-first-session"],
        "reviewed_by": "priya-raman",
        "last_reviewed": "2026-06-23",
        "next_review_due": "2027-06-23",
        "body": [
            (
                "paragraph",
                "<p>The window of tolerance describes a range of arousal in which a person can experience strong feelings while still thinking clearly and staying connected. Above it lies hyperarousal: panic, anger, racing thoughts. Below it lies hypoarousal: numbness, fog, collapse. This infographic draws the three zones as bands, with examples of how each might feel in the body.</p>",
            ),
            ("heading", "Using the graphic with clients"),
            (
                "paragraph",
                "<p>Invite clients to mark where they tend to go when stressed and what pushes them out of the window. Then build a personal list of what brings them back, such as movement, contact with a trusted person or a grounding skill. Over time, the aim is not to stay in the middle at all costs but to widen the window so that more experience can be tolerated.</p>",
            ),
            (
                "call_to_action",
                {
                    "label": "Download the window of tolerance infographic",
                    "page": "",
                    "url": "https://example.org/downloads/window-of-tolerance.pdf",
                },
            ),
            (
                "references",
                [
                    {
                        "citation": "Ogden, P., Minton, K., & Pain, C. (2006). Trauma and the Body: A Sensorimotor Approach to Psychotherapy. W. W. Norton.",
                        "doi": "",
                        "pubmed_id": "",
                    }
                ],
            ),
        ],
    },
    {
        "slug": "repairing-ruptures-between-partners",
        "title": "Repairing Ruptures Between Partners",
        "intro": "Every couple argues. The health of a relationship depends less on the absence of conflict than on the capacity to repair.",
        "date": "2026-07-21",
        "authors": ["jonah-whitfield"],
        "categories": ["relationships", "compassion"],
        "tags": ["couples", "attachment"],
        "related": ["attachment-in-the-couple-room"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-07-14",
        "next_review_due": "2027-07-14",
        "body": [
            (
                "paragraph",
                "<p>Couples sometimes measure their relationship by how often they fight. A more useful question is what happens afterward. Partners who can return to a hurtful exchange, acknowledge their part and reconnect tend to build trust over time, even if they disagree often.</p>",
            ),
            ("heading", "Teaching repair"),
            (
                "paragraph",
                "<p>Repair does not require a perfect apology. It can be as simple as a softer tone, a hand on the arm or the words <i>I think I got defensive back there</i>. In session, therapists can slow these moments down so that both partners notice the attempt and learn to respond to it rather than dismiss it.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "A relationship is not made safe by avoiding ruptures but by surviving them together.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>Compassion for oneself plays a part as well. Partners who are harsh with themselves about their mistakes often find it harder to admit them. Helping each person soften their inner critic can make it easier to say sorry.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Focus on what happens after conflict, not only on how often it occurs.",
                    "Help partners notice and accept small attempts at repair.",
                    "Self-compassion makes it easier to acknowledge one's own part.",
                ],
            ),
        ],
    },
    {
        "slug": "moving-the-body-to-settle-an-anxious-mind",
        "title": "Moving the Body to Settle an Anxious Mind",
        "intro": "Regular physical activity can ease anxiety, but some clients fear the very sensations exercise produces. How to introduce movement gently.",
        "date": "2026-08-11",
        "authors": ["grace-nakamura", "daniel-reyes"],
        "categories": ["exercise-and-mental-health", "anxiety"],
        "tags": ["movement", "panic"],
        "related": ["prescribing-movement-for-depression"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-08-03",
        "next_review_due": "2027-08-03",
        "body": [
            (
                "paragraph",
                "<p>For many people, a brisk walk or a swim takes the edge off anxiety. For clients with panic, however, a pounding heart and quick breathing can feel alarmingly similar to the start of an attack. Some have quietly stopped exercising for exactly this reason.</p>",
            ),
            ("heading", "Reframing the sensations"),
            (
                "paragraph",
                "<p>Exercise can become a gentle form of exposure to body sensations. Start with low-intensity activity and invite the client to notice the heart speeding up and then settling again. Each time the expected catastrophe fails to arrive, the sensations become a little less alarming.</p>",
            ),
            (
                "paragraph",
                "<p>Pair activity with something enjoyable: music, a companion, a favorite route. Encourage the client to rate both mood and anxiety before and after. As always, make sure there is no medical reason to limit exertion before recommending a change in activity.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Clients with panic may avoid exercise because it mimics panic sensations.",
                    "Low-intensity activity can serve as gentle exposure to those sensations.",
                    "Confirm there is no medical reason to limit exertion first.",
                ],
            ),
        ],
    },
    {
        "slug": "choosing-among-trauma-therapies",
        "title": "Choosing Among Trauma Therapies: A Practical Map",
        "intro": "Several trauma-focused therapies have good evidence for PTSD. How to help clients choose, and what to do when the first choice does not fit.",
        "date": "2026-09-01",
        "authors": ["maya-okafor", "daniel-reyes"],
        "categories": ["trauma-therapy", "ptsd"],
        "tags": ["emdr", "exposure"],
        "related": ["understanding-ptsd-beyond-the-checklist"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-08-25",
        "next_review_due": "2027-08-25",
        "body": [
            (
                "paragraph",
                "<p>Clinical guidelines consistently recommend trauma-focused psychotherapies as first-line treatments for PTSD. Among the best studied are prolonged exposure, cognitive processing therapy and eye movement desensitization and reprocessing (EMDR). They differ in method, but each helps the client approach trauma memories in a structured way rather than continuing to avoid them.</p>",
            ),
            ("heading", "Matching the therapy to the person"),
            (
                "paragraph",
                "<p>Research does not point to a single clear winner, so preference matters. Some clients like the directness of exposure; others prefer examining the meanings they have drawn from the trauma; still others are drawn to the structure of EMDR. Describing each option plainly and letting the client weigh in increases the chance that they will complete treatment.</p>",
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=Hk3pW8sNe1Z",
                    "caption": "Maya Okafor and Daniel Reyes discuss how they talk with clients about treatment options.",
                },
            ),
            (
                "paragraph",
                "<p>When progress stalls, review before switching: is the client attending regularly, are practice assignments manageable, and are sleep, substance use or ongoing danger getting in the way? Sometimes these, rather than the choice of therapy, are what need attention.</p>",
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
        "slug": "burnout-is-not-a-personal-failing",
        "title": "Burnout Is Not a Personal Failing",
        "intro": "Clinicians are often quicker to offer compassion to clients than to themselves. Burnout is a signal about conditions, not a verdict on character.",
        "date": "2026-09-14",
        "authors": ["priya-raman"],
        "categories": ["compassion"],
        "tags": ["burnout", "self-compassion"],
        "related": ["a-breathing-space-between-sessions", "self-compassion-is-not-self-indulgence"],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-09-07",
        "next_review_due": "2027-09-07",
        "body": [
            (
                "paragraph",
                "<p>Exhaustion, cynicism and a sense that one's work no longer matters are familiar to many clinicians, especially those carrying heavy caseloads. Because helping professionals tend to hold themselves to high standards, burnout is often experienced privately as failure. That framing adds shame to fatigue and makes it harder to ask for help.</p>",
            ),
            ("heading", "From blame to care"),
            (
                "paragraph",
                "<p>Burnout usually reflects a mismatch between demands and resources: workload, control, support and recognition. Individual practices such as rest and self-compassion matter, but they cannot replace changes to the conditions themselves. Clinicians who advocate for reasonable caseloads and supervision are protecting their clients as well as themselves.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "You cannot meditate your way out of an impossible caseload.",
                    "attribution": "Priya Raman",
                },
            ),
            (
                "paragraph",
                "<p>At a personal level, try treating yourself with the understanding you offer clients on a hard day. Notice the harsh inner commentary, acknowledge that this work is genuinely difficult, and ask what you need right now. Often the answer is small: a real lunch break, a conversation with a colleague, an earlier night.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Burnout reflects working conditions as much as individual coping.",
                    "Self-compassion helps, but it does not replace structural change.",
                    "Small, concrete acts of care are a good place to start.",
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
        ],
    },
    {
        "slug": "how-depression-shows-up-in-the-brain",
        "title": "How Depression Shows Up in the Brain",
        "intro": "Brain imaging has taught us a great deal about depression, but the findings are easy to oversimplify. What clinicians can usefully tell clients.",
        "date": "2026-09-29",
        "authors": ["helen-lindqvist"],
        "categories": ["brain", "depression", "neuroplasticity"],
        "tags": ["rumination", "psychoeducation"],
        "related": [
            "what-neuroplasticity-can-and-cannot-promise",
            "mindfulness-and-depressive-relapse",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-09-22",
        "next_review_due": "2027-09-22",
        "body": [
            (
                "paragraph",
                "<p>Depression is often described as a chemical imbalance, a phrase many clients have heard and some find reassuring. Current research paints a more complex picture, involving networks that regulate mood, reward, stress and self-focused thinking. No single brain measure can yet diagnose depression in an individual.</p>",
            ),
            ("heading", "Networks, not a single switch"),
            (
                "paragraph",
                "<p>Studies have linked rumination with activity in networks that support self-referential thought, and reduced pleasure with changes in reward processing. Stress hormones, sleep and inflammation also appear to play a part for some people. These findings suggest many routes into depression and, by extension, many routes out.</p>",
            ),
            (
                "paragraph",
                "<p>For clients, the hopeful message is that the brain remains adaptable. Therapy, medication, physical activity and social connection can all influence the systems involved. Emphasizing this helps counter the belief that depression is a fixed feature of who someone is.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Depression involves several interacting brain systems, not one chemical.",
                    "Brain findings describe groups, not individual diagnoses.",
                    "An adaptable brain means many possible routes to recovery.",
                ],
            ),
        ],
    },
    {
        "slug": "healing-trauma-happens-in-relationship",
        "title": "Healing Trauma Happens in Relationship",
        "intro": "Techniques matter, but people recovering from trauma also need relationships in which safety can be felt again.",
        "date": "2026-10-13",
        "authors": ["jonah-whitfield", "maya-okafor"],
        "categories": ["healing-trauma", "relationships"],
        "tags": ["attachment", "therapeutic-alliance"],
        "related": [
            "repairing-ruptures-between-partners",
            "grounding-skills-for-the-first-session",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-10-06",
        "next_review_due": "2027-10-06",
        "body": [
            (
                "paragraph",
                "<p>Many traumas happen between people, and so do many of the most important steps in recovery. Clients living with post-traumatic stress often describe feeling cut off, unable to trust, or certain that others would pull away if they knew what had happened. Effective treatment addresses these beliefs not only by discussing them but by offering a different experience.</p>",
            ),
            ("heading", "The therapy relationship as a living example"),
            (
                "paragraph",
                "<p>A steady, predictable therapist who keeps appointments, repairs misunderstandings and tolerates strong emotion provides a small but real counterexample to what trauma taught. Over time, clients can carry that experience into other relationships. With the client's consent, partners and family members can also be included, to help them understand and support recovery.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "What was broken in relationship is often mended, at least in part, in relationship.",
                    "attribution": "",
                },
            ),
            (
                "key_takeaways",
                [
                    "Trauma often damages trust, so recovery often depends on relationships.",
                    "Reliability and repair in therapy offer a corrective experience.",
                    "Involve partners and family when the client wants them included.",
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
        "slug": "antiracism-in-clinical-supervision",
        "title": "Bringing Antiracism Into Clinical Supervision",
        "intro": "Supervision shapes how the next generation of clinicians practices. It is also a natural place to talk about race and power.",
        "date": "2026-10-27",
        "authors": ["jonah-whitfield"],
        "categories": ["antiracism"],
        "tags": ["cultural-humility", "racial-trauma"],
        "related": ["naming-racial-trauma-in-the-therapy-room"],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-10-20",
        "next_review_due": "2027-10-20",
        "body": [
            (
                "paragraph",
                "<p>Supervision is where clinicians learn to reflect on their work, and it can either model or avoid honest conversations about race. When supervisors never raise the topic, supervisees learn that it does not belong in clinical thinking. When supervisors raise it with openness, they make room for learning that reaches clients.</p>",
            ),
            ("heading", "Practices that help"),
            (
                "paragraph",
                "<p>Supervisors can begin by naming their own identities and acknowledging how those shape their perspective. Regularly asking how culture and race are influencing a case, including the relationship between clinician and client, makes the question routine rather than exceptional. Supervisors should also be ready to hear feedback about their own blind spots.</p>",
            ),
            (
                "paragraph",
                "<p>Power differences in supervision are real, and supervisees of color may carry extra burdens in predominantly white settings. Checking in about the supervisee's own experience of the workplace is part of antiracist practice, not a distraction from clinical work.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Raise race and culture routinely, not only when a crisis occurs.",
                    "Supervisors model openness by naming their own identities and limits.",
                    "Attend to the supervisee's experience of the workplace as well as the case.",
                ],
            ),
            (
                "call_to_action",
                {
                    "label": "Join an antiracist practice consultation group",
                    "page": "",
                    "url": "https://example.org/consultation-groups",
                },
            ),
        ],
    },
    {
        "slug": "long-covid-fatigue-and-mood",
        "title": "Long COVID, Fatigue and Mood: Notes for Therapists",
        "intro": "Some people continue to live with symptoms long after a COVID-19 infection. Therapists can offer support without dismissing the physical illness.",
        "date": "2026-11-10",
        "authors": ["daniel-reyes", "grace-nakamura"],
        "categories": ["covid-19-pandemic", "depression", "chronic-pain"],
        "tags": ["psychoeducation", "telehealth"],
        "related": ["what-the-pandemic-taught-us-about-telehealth"],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-11-05",
        "next_review_due": "2027-11-05",
        "body": [
            (
                "paragraph",
                "<p>A portion of people who have had COVID-19 report symptoms that persist for months, including fatigue, difficulty concentrating, breathlessness and pain. Many also experience low mood and anxiety, which is unsurprising given what is often lost: work, routine, fitness and a sense of predictability.</p>",
            ),
            ("heading", "Supporting without psychologizing"),
            (
                "paragraph",
                "<p>Patients with long COVID have often felt disbelieved. Therapists can help by acknowledging the physical illness plainly and presenting psychological support as help with living alongside it, not as an alternative explanation. Grief for a former self is a common and legitimate theme.</p>",
            ),
            (
                "paragraph",
                "<p>Where fatigue worsens after exertion, the familiar advice to build activity gradually may not apply, and pushing through can backfire. Decisions about activity levels belong with the patient's medical team; the therapist's role is to support pacing, planning and coping with uncertainty. Remote sessions can help patients attend on days when travel would cost too much energy.</p>",
            ),
            (
                "key_takeaways",
                [
                    "Acknowledge long COVID as a physical illness before offering psychological support.",
                    "Make room for grief about lost health and roles.",
                    "Leave decisions about activity to the medical team and support pacing.",
                ],
            ),
        ],
    },
]
