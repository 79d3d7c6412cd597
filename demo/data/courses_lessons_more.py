"""Lessons of the course "Trauma-Informed Care", in order. Each transcript is a dialogue
between an instructor and the host; every pull quote repeats a sentence from a turn above it."""

from demo.shapes import LessonData

TRAUMA_LESSONS: list[LessonData] = [
    {
        "slug": "what-trauma-informed-really-means",
        "title": "What Trauma-Informed Really Means",
        "summary": "Maya Okafor introduces the core principles of trauma-informed care and distinguishes them from trauma-focused treatment.",
        "video_url": "https://www.youtube.com/watch?v=pN2sV6gTe8K",
        "duration": "00:38:20",
        "takeaways": [
            "Trauma-informed care is a way of organizing all services, not a specific therapy.",
            "Safety, transparency, choice, collaboration and empowerment guide the approach.",
            "Universal precautions mean offering trauma-informed practice to everyone, not only to those who disclose.",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-08-17",
        "next_review_due": "2027-08-17",
        "transcript": [
            ("heading", "Defining the term"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Welcome to the course. Maya, trauma-informed has become a popular phrase. What does it actually mean?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 12,
                    "paragraphs": [
                        "It means organizing care around the understanding that many of the people we serve have lived through trauma, and that the way we treat them can either add to that harm or help reduce it.",
                        "It's important to separate this from trauma-focused therapy, which works directly on trauma memories. Trauma-informed care is broader. It applies to the front desk, the waiting room, the intake form and the psychiatrist's office just as much as to the therapy hour.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "It applies to the front desk, the waiting room, the intake form and the psychiatrist's office just as much as to the therapy hour.",
                    "attribution": "Maya Okafor",
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 175,
                    "paragraphs": [
                        "So it's less a technique than a stance?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 183,
                    "paragraphs": [
                        "Exactly. It rests on a handful of principles. Safety, both physical and emotional. Trustworthiness, which means being transparent about what will happen and why.",
                        "Then choice and collaboration, so the person has a real say in their care. And empowerment, which means building on strengths rather than only cataloguing problems.",
                    ],
                },
            ),
            ("heading", "Universal precautions"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 1020,
                    "paragraphs": [
                        "Do clinicians need to know someone's trauma history before applying these principles?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 1031,
                    "paragraphs": [
                        "No, and that's one of the most important points in this course. Many people never disclose, or only disclose once they feel safe, which may take months. So we treat these practices as universal precautions, offered to everyone.",
                        "If you explain what you're doing, ask before you touch and give people choices, nobody is harmed by it. For the person who has been through something terrible, it can make the difference between coming back and never returning.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "So we treat these practices as universal precautions, offered to everyone.",
                    "attribution": "Maya Okafor",
                },
            ),
        ],
    },
    {
        "slug": "safety-cues-and-the-window-of-tolerance",
        "title": "Safety Cues and the Window of Tolerance",
        "summary": "How cues of threat and safety shape a client's state, and how to use the window of tolerance to pace a session.",
        "video_url": "https://vimeo.com/827460913",
        "duration": "00:41:05",
        "takeaways": [
            "Clients respond to cues of safety and threat in the setting and in the clinician.",
            "The window of tolerance helps clinicians recognize hyperarousal and hypoarousal during a session.",
            "Pacing means returning to the window before going further, not pushing through.",
        ],
        "reviewed_by": "helen-lindqvist",
        "last_reviewed": "2026-08-17",
        "next_review_due": "2027-08-17",
        "transcript": [
            ("heading", "Cues in the room"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Maya, this lesson is about safety. Where does a sense of safety come from for a client?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 10,
                    "paragraphs": [
                        "Much of it comes from cues processed below conscious awareness: tone of voice, facial expression, how close you sit, whether the door is open or closed, whether there's a clear way out of the room.",
                        "Clients who have experienced trauma are often very alert to these cues. They may notice a frown or a sharp tone long before we do. Our own steadiness is one of the most powerful interventions we have.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "Our own steadiness is one of the most powerful interventions we have.",
                    "attribution": "Maya Okafor",
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 240,
                    "paragraphs": [
                        "You often talk about the window of tolerance. Could you explain it?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 248,
                    "paragraphs": [
                        "It's a way of describing the range of arousal in which someone can feel and think at the same time. Above it, people become flooded: panicky, angry, overwhelmed. Below it, they shut down: numb, foggy, far away.",
                        "Trauma tends to narrow the window. Part of our work is noticing when a client is leaving it and helping them come back before we go any further.",
                    ],
                },
            ),
            ("heading", "Pacing in practice"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 1480,
                    "paragraphs": [
                        "What does that look like in an actual session?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 1490,
                    "paragraphs": [
                        "Suppose a client is describing a difficult memory and their speech speeds up and their breathing gets shallow. I might pause and say that I notice things are speeding up and suggest we take a moment. We look around the room, feel the chair, and only return to the story once they're back in the window.",
                        "Clients sometimes worry that this slows therapy down. In my experience the opposite is true. Work done inside the window sticks; work done while flooded often has to be done again.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "Work done inside the window sticks; work done while flooded often has to be done again.",
                    "attribution": "Maya Okafor",
                },
            ),
        ],
    },
    {
        "slug": "when-care-touches-the-body",
        "title": "When Care Touches the Body",
        "summary": "Grace Nakamura applies trauma-informed principles to physical examinations, nursing care and procedures, where the body itself is the focus of care.",
        "video_url": "https://www.youtube.com/watch?v=eC9rA4xLm3P",
        "duration": "00:39:45",
        "takeaways": [
            "Physical care can echo past violations of bodily autonomy.",
            "Explaining, asking and offering choices before touch are simple and powerful practices.",
            "Pausing a procedure when a patient is distressed is a form of care, not a delay.",
        ],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-08-24",
        "next_review_due": "2027-08-24",
        "transcript": [
            ("heading", "The body as a site of care"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Grace, you bring a nursing perspective to this course. Why is physical care so important in trauma-informed practice?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "grace-nakamura",
                    "name": "",
                    "start": 12,
                    "paragraphs": [
                        "Because in many settings, care involves touching the body, undressing, lying down and being examined by someone in a position of authority. For a person whose trauma involved their body, those ordinary parts of care can feel like a repeat of something terrible.",
                        "Clinicians rarely intend harm, of course. But intention doesn't determine how an experience lands. We have to think about how the patient experiences what we do.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "But intention doesn't determine how an experience lands.",
                    "attribution": "Grace Nakamura",
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 205,
                    "paragraphs": [
                        "What are the practical steps?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "grace-nakamura",
                    "name": "",
                    "start": 213,
                    "paragraphs": [
                        "Explain before you act, ask before you touch, and offer choices wherever there are any. Would you like the door closed? Would you prefer to keep your shirt on for this part? Would you like someone with you?",
                        "I also agree on a stop signal with patients before any procedure that might be uncomfortable. Knowing they can pause things gives many patients enough sense of control to get through it.",
                    ],
                },
            ),
            ("heading", "When a patient becomes distressed"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 1510,
                    "paragraphs": [
                        "And if a patient does become distressed partway through?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "grace-nakamura",
                    "name": "",
                    "start": 1520,
                    "paragraphs": [
                        "Stop, if it's safe to stop. Acknowledge what's happening without making a drama of it, help them orient to the room, and ask what they need. Often it's a minute, some water or a change of position.",
                        "Some colleagues worry that pausing wastes time. But a procedure completed on a terrified patient costs far more in the long run, in missed appointments and avoided care. Pausing is care.",
                    ],
                },
            ),
            ("pull_quote", {"text": "Pausing is care.", "attribution": "Grace Nakamura"}),
        ],
    },
    {
        "slug": "working-with-shame-without-adding-to-it",
        "title": "Working With Shame Without Adding to It",
        "summary": "Shame is common after trauma and easily triggered in care settings. Maya Okafor explains how to recognize it and respond with compassion.",
        "video_url": "https://www.youtube.com/watch?v=Lr5tY2hGw0D",
        "duration": "00:42:30",
        "takeaways": [
            "Shame after trauma often takes the form of self-blame for what happened.",
            "Well-meant questions can trigger shame when they imply judgment.",
            "Compassionate responses and gradual self-compassion practice help loosen shame's hold.",
        ],
        "reviewed_by": "priya-raman",
        "last_reviewed": "2026-08-24",
        "next_review_due": "2027-08-24",
        "transcript": [
            ("heading", "Why shame follows trauma"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Maya, why does shame show up so often after trauma?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 9,
                    "paragraphs": [
                        "Partly because trauma leaves people feeling powerless, and blaming themselves can feel less frightening than accepting that they had no control. If it was my fault, then maybe I can stop it from happening again.",
                        "Shame also grows from what others did or said afterward: not being believed, being asked why they didn't leave or fight back. Those reactions teach people to hide.",
                    ],
                },
            ),
            (
                "pull_quote",
                {"text": "Those reactions teach people to hide.", "attribution": "Maya Okafor"},
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 198,
                    "paragraphs": [
                        "How can clinicians avoid adding to it?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 206,
                    "paragraphs": [
                        "Pay attention to questions that begin with why. Why didn't you tell anyone? Why did you go back? Even when we're simply curious, those questions can sound like accusations.",
                        "I try to ask what made sense at the time instead. It invites the client to explain their choices from the inside, and it assumes there were reasons, which there almost always were.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "I try to ask what made sense at the time instead.",
                    "attribution": "Maya Okafor",
                },
            ),
            ("heading", "Bringing in compassion"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 1640,
                    "paragraphs": [
                        "Where does self-compassion fit in?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "maya-okafor",
                    "name": "",
                    "start": 1650,
                    "paragraphs": [
                        "Later rather than sooner, and gently. Many clients with deep shame find kindness toward themselves almost unbearable at first. So I start with small steps, such as noticing the harsh voice, or imagining what they would say to a friend who had been through the same thing.",
                        "Over time, the aim is for the client to relate to their younger self with understanding rather than blame. That shift is often where real relief begins.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "sustaining-the-clinician",
        "title": "Sustaining the Clinician: Vicarious Trauma and Support",
        "summary": "Trauma work affects those who do it. The closing lesson covers vicarious trauma, its warning signs and the organizational support that keeps clinicians well.",
        "video_url": "https://vimeo.com/835102748",
        "duration": "00:40:15",
        "takeaways": [
            "Repeated exposure to trauma narratives can change clinicians' own sense of safety and trust.",
            "Warning signs include intrusive images, irritability, numbness and withdrawal.",
            "Sustainable practice depends on organizational support as well as individual self-care.",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-08-31",
        "next_review_due": "2027-08-31",
        "transcript": [
            ("heading", "The cost of caring"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Grace, for our final lesson we turn to clinicians themselves. What is vicarious trauma?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "grace-nakamura",
                    "name": "",
                    "start": 11,
                    "paragraphs": [
                        "It's the way that listening to other people's traumas, over and over, can gradually change how we see the world. We may start to feel less safe, trust people less, or find images from clients' stories showing up in our own minds at night.",
                        "It's not a sign of weakness. It's a predictable consequence of caring deeply and paying close attention, which is exactly what we ask clinicians to do.",
                    ],
                },
            ),
            (
                "pull_quote",
                {"text": "It's not a sign of weakness.", "attribution": "Grace Nakamura"},
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 190,
                    "paragraphs": [
                        "What warning signs should people watch for?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "grace-nakamura",
                    "name": "",
                    "start": 197,
                    "paragraphs": [
                        "Irritability, trouble sleeping, feeling numb during sessions, dreading certain clients, pulling away from friends and family. Sometimes colleagues notice before we do, so it helps to have people around you who are willing to say something.",
                    ],
                },
            ),
            ("heading", "What actually helps"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 1350,
                    "paragraphs": [
                        "What helps clinicians sustain this work?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "grace-nakamura",
                    "name": "",
                    "start": 1362,
                    "paragraphs": [
                        "Individual habits matter: rest, exercise, time with people who have nothing to do with work. But I'd put organizational support first. Reasonable caseloads, regular supervision, a mix of cases and a culture where it's normal to talk about how the work affects you.",
                        "Trauma-informed care has to include the people giving the care. An organization that is trauma-informed toward clients but not toward its staff won't stay either for very long.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "Trauma-informed care has to include the people giving the care.",
                    "attribution": "Grace Nakamura",
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": None,
                    "paragraphs": [
                        "Thank you, Grace, and thank you to everyone who has followed the course.",
                    ],
                },
            ),
        ],
    },
]
