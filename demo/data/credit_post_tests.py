"""The post-test questions of the two demo courses, written for this project from what their
lessons teach (demo.data.courses_lessons*): each question points back to one lesson, and its
explanation says what that lesson said, so a learner who failed knows what to watch again."""

from demo.shapes import QuestionData

MINDFULNESS_QUESTIONS: list[QuestionData] = [
    {
        "kind": "single",
        "prompt": "How does the course suggest framing anxiety when a new patient first describes it?",
        "choices": [
            (
                "As a protective alarm that has become too sensitive and goes off without real danger",
                True,
            ),
            ("As evidence that the patient's coping skills have broken down", False),
            ("As a thinking error to be disputed until it goes away", False),
            ("As a symptom that mindfulness practice is meant to remove", False),
        ],
        "explanation": "Lesson 1 presents anxiety as a protective system doing its job a little too eagerly: the alarm is real even when the danger is not. Patients often find this less shaming, and it prepares the ground for relating to anxiety rather than fighting it.",
    },
    {
        "kind": "true_false",
        "prompt": "As taught in this course, the goal of mindfulness for anxiety is to make anxious thoughts and sensations go away.",
        "choices": [("True", False), ("False", True)],
        "explanation": "False. The course aims to change the patient's relationship to anxious experience, so that anxiety becomes one voice in the room rather than the only one; suppressing or arguing with it tends to keep it going.",
    },
    {
        "kind": "single",
        "prompt": "A patient with panic attacks becomes more alarmed when asked to follow the breath. What does the course recommend?",
        "choices": [
            (
                "Offer another anchor, such as the feet on the floor, the hands in the lap or the sounds in the room",
                True,
            ),
            ("Keep going with the breath, since the discomfort is part of the learning", False),
            ("Teach the patient to slow the breath on purpose", False),
            ("Conclude that mindfulness is not suitable for this patient", False),
        ],
        "explanation": "Lesson 2 notes that for people with panic, watching the breath can feel like watching for the first sign of an attack. An anchor should be something the patient can notice without getting caught up in it, so the clinician offers a choice of anchors.",
    },
    {
        "kind": "multiple",
        "prompt": "Which statements describe the first anchoring practice as the course teaches it? Tick every one that applies.",
        "choices": [
            ("It is brief: about two or three minutes", True),
            ("Noticing that the mind has wandered and coming back is the practice itself", True),
            ("A mind that keeps wandering shows the patient is doing it wrong", False),
            ("Its purpose is to make the body relax", False),
        ],
        "explanation": "Lesson 2: an anchor is a neutral place to return attention to, not a way to force relaxation. Every return is a repetition, like lifting a weight, and short, frequent practice helps more than long sessions early on.",
    },
    {
        "kind": "single",
        "prompt": "According to Daniel Reyes, what separates worry from genuine problem-solving?",
        "choices": [
            (
                "Problem-solving ends in a decision or an action; worry tends to end in another 'what if?'",
                True,
            ),
            ("Worry concerns unlikely events and problem-solving concerns likely ones", False),
            ("Worry is emotional and problem-solving is purely logical", False),
            ("The two cannot be told apart from the inside", False),
        ],
        "explanation": "Lesson 3 teaches this distinction directly: real problem-solving lands somewhere, while worry keeps circling. Asking whether the worry has actually solved anything lately helps patients see it as a habit of mind.",
    },
    {
        "kind": "true_false",
        "prompt": "Before silently labeling a thought as 'worrying', the patient first needs to work out whether the worry is true.",
        "choices": [("True", False), ("False", True)],
        "explanation": "False. Labeling moves the patient from inside the thought to observing it; they only have to recognize it as worry, not dispute it. That is what makes the technique quick to use in daily life.",
    },
    {
        "kind": "single",
        "prompt": "Why, according to the course, does avoidance keep anxiety going?",
        "choices": [
            (
                "The relief of escaping teaches the brain that the situation was dangerous and escape was needed",
                True,
            ),
            ("Avoidance slowly raises the body's resting level of arousal", False),
            ("Avoided situations become objectively more dangerous over time", False),
            ("Avoidance only matters when the patient also has panic attacks", False),
        ],
        "explanation": "Lesson 4: every escape brings relief, and that relief confirms the threat, so no new learning takes place and life gets smaller. Small, chosen steps toward what matters to the patient, taken mindfully, let new learning happen.",
    },
    {
        "kind": "multiple",
        "prompt": "Inward-focused practice is increasing distress for a patient with a trauma history. Which adaptations does the course suggest? Tick every one that applies.",
        "choices": [
            ("Keep the eyes open, with a soft gaze on the floor", True),
            ("Use external anchors such as sounds or an object held in the hand", True),
            (
                "Tell the patient beforehand that they may open their eyes, move or stop at any time",
                True,
            ),
            ("Lengthen the practice so the patient gets used to the distress", False),
        ],
        "explanation": "Lesson 5 recommends open eyes, external anchors, short practices and explicit permission to stop, with safety first and curiosity second. Pushing a distressed patient through a longer practice is the opposite of the pacing the course teaches.",
    },
    {
        "kind": "single",
        "prompt": "A patient is openly skeptical that mindfulness could help. What does the closing lesson suggest?",
        "choices": [
            (
                "Invite them to treat each practice as an experiment for a week and look at the results together",
                True,
            ),
            ("Explain the research evidence in detail before trying any practice", False),
            ("Put mindfulness aside until the patient is convinced it works", False),
            ("Use formal meditation vocabulary so that the method sounds credible", False),
        ],
        "explanation": "Lesson 6 welcomes skeptics: framing practice as an experiment respects their doubt, is good science, and means an unhelpful result is information rather than failure. The same lesson advises a brief experience before any long explanation, in plain language.",
    },
    {
        "kind": "true_false",
        "prompt": "The course recommends linking home practice to something the patient already does every day and asking about it with curiosity at each session.",
        "choices": [("True", True), ("False", False)],
        "explanation": "True. Examples from lesson 6 include three breaths before opening the laptop or a minute of noticing while the coffee brews; small and regular beats long and occasional, and genuine interest makes practice more likely.",
    },
]

TRAUMA_QUESTIONS: list[QuestionData] = [
    {
        "kind": "single",
        "prompt": "How does trauma-informed care differ from trauma-focused therapy?",
        "choices": [
            (
                "It shapes every part of a service, from the front desk to the consulting room, while trauma-focused therapy works directly on trauma memories",
                True,
            ),
            ("It is a shorter form of trauma-focused therapy", False),
            ("It begins only once a client has disclosed a trauma", False),
            ("It is delivered only by specialist trauma therapists", False),
        ],
        "explanation": "Lesson 1 describes trauma-informed care as a way of organizing all care, including intake forms and waiting rooms, around the likelihood that people have lived through trauma. It is not a specific therapy.",
    },
    {
        "kind": "multiple",
        "prompt": "Which of these are guiding principles of trauma-informed care as the course presents them? Tick every one that applies.",
        "choices": [
            ("Safety, both physical and emotional", True),
            ("Trustworthiness through transparency about what will happen and why", True),
            ("Choice and collaboration", True),
            ("Empowerment that builds on strengths", True),
            ("Keeping decisions with the clinician to spare the client stress", False),
        ],
        "explanation": "The course names safety, trustworthiness and transparency, choice, collaboration and empowerment. Taking decisions away from the client runs against choice and collaboration.",
    },
    {
        "kind": "true_false",
        "prompt": "Treating trauma-informed practices as universal precautions means offering them only to people who have disclosed a trauma history.",
        "choices": [("True", False), ("False", True)],
        "explanation": "False. Many people never disclose, or disclose only after months, so the practices are offered to everyone. Explaining, asking and offering choices harms no one and can decide whether a trauma survivor comes back.",
    },
    {
        "kind": "single",
        "prompt": "While describing a difficult memory, a client starts speaking faster and breathing shallowly. What does pacing with the window of tolerance suggest?",
        "choices": [
            (
                "Pause, name what you notice, help the client orient to the room, and return to the story once they are back within the window",
                True,
            ),
            ("Encourage the client to push through so the memory is fully processed", False),
            ("End the session at once", False),
            ("Move to another topic without comment", False),
        ],
        "explanation": "Lesson 2: pacing means returning to the window before going further. Work done inside the window sticks, while work done while flooded often has to be done again.",
    },
    {
        "kind": "single",
        "prompt": "Which description fits hypoarousal, below the window of tolerance?",
        "choices": [
            ("Numb, foggy or far away", True),
            ("Panicky, angry or overwhelmed", False),
            ("Calm, curious and engaged", False),
            ("Restless, with rapid speech", False),
        ],
        "explanation": "Above the window people become flooded (panicky, angry, overwhelmed); below it they shut down, feeling numb, foggy or distant. Trauma tends to narrow the window.",
    },
    {
        "kind": "multiple",
        "prompt": "Before a physical examination, which practices does Grace Nakamura recommend? Tick every one that applies.",
        "choices": [
            ("Explain what you are about to do before doing it", True),
            ("Ask before touching", True),
            ("Agree on a stop signal before a procedure that may be uncomfortable", True),
            ("Work quickly and avoid pausing, so the distress is over sooner", False),
        ],
        "explanation": "Lesson 3: explain, ask and offer choices wherever there are any, and agree on a way to pause. Knowing they can stop things gives many patients enough control to get through a procedure.",
    },
    {
        "kind": "true_false",
        "prompt": "The course describes pausing a procedure for a distressed patient as a costly delay that is best avoided.",
        "choices": [("True", False), ("False", True)],
        "explanation": "False. Pausing is care: a procedure completed on a terrified patient costs far more later, in missed appointments and avoided care.",
    },
    {
        "kind": "single",
        "prompt": "Why does the course advise care with questions that begin with 'why', such as 'Why didn't you tell anyone?'",
        "choices": [
            (
                "Even when asked out of curiosity, they can sound like accusations and deepen shame",
                True,
            ),
            ("Clients rarely remember why they acted as they did", False),
            ("They take up too much session time", False),
            ("They belong on an intake form rather than in conversation", False),
        ],
        "explanation": "Lesson 4 suggests asking what made sense at the time instead: it invites the client to explain their choices from the inside and assumes there were reasons, which there almost always were.",
    },
    {
        "kind": "multiple",
        "prompt": "Which of these are warning signs of vicarious trauma named in the course? Tick every one that applies.",
        "choices": [
            ("Irritability and trouble sleeping", True),
            ("Feeling numb during sessions", True),
            ("Pulling away from friends and family", True),
            ("A growing wish to take on more trauma cases", False),
        ],
        "explanation": "Lesson 5 lists irritability, poor sleep, numbness in sessions, dreading certain clients and withdrawal, and notes that colleagues sometimes notice before we do.",
    },
    {
        "kind": "single",
        "prompt": "What does the closing lesson put first in keeping clinicians well in trauma work?",
        "choices": [
            (
                "Organizational support: reasonable caseloads, regular supervision, a mix of cases and a culture where the work's impact can be discussed",
                True,
            ),
            ("Individual self-care, which is enough on its own", False),
            ("Avoiding clients with severe trauma histories", False),
            ("Waiting for symptoms before seeking support", False),
        ],
        "explanation": "Individual habits matter, but the course puts organizational support first: an organization that is trauma-informed toward clients but not toward its staff will not stay either for long.",
    },
]
