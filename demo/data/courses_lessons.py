"""Lessons of the course "Mindfulness for Anxiety", in order. Each transcript is a dialogue
between an instructor and the host; every pull quote repeats a sentence from a turn above it."""

from demo.shapes import LessonData

MINDFULNESS_LESSONS: list[LessonData] = [
    {
        "slug": "what-anxiety-is-trying-to-do",
        "title": "What Anxiety Is Trying to Do",
        "summary": "Priya Raman describes anxiety as a protective system that has become overactive, and explains why that framing opens the door to mindful awareness.",
        "video_url": "https://www.youtube.com/watch?v=bR4nK7tQz2M",
        "duration": "00:24:30",
        "takeaways": [
            "Anxiety is a protective response that has become miscalibrated, not a personal defect.",
            "Trying to suppress or argue with anxiety often keeps it going.",
            "Mindfulness changes the relationship to anxious experience rather than its content.",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-07-20",
        "next_review_due": "2027-07-20",
        "transcript": [
            ("heading", "Opening"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Welcome to the first lesson of the course. I'm joined by Priya Raman, who has been teaching mindfulness to anxious clients for many years.",
                        "Priya, let's start with the basics. When a new patient tells you they have anxiety, what do you want them to understand first?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 28,
                    "paragraphs": [
                        "I want them to understand that anxiety is not their enemy. It is a protective system, and it is doing what it evolved to do: scanning for danger and getting the body ready to respond.",
                        "The trouble is that for many people the system has become too sensitive. It sounds the alarm for an email, a party, a twinge in the chest. The alarm is real, even when the danger is not.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "The alarm is real, even when the danger is not.",
                    "attribution": "Priya Raman",
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 112,
                    "paragraphs": [
                        "How do patients usually react to that idea?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 121,
                    "paragraphs": [
                        "Often with relief. Many of them have spent years feeling that something is fundamentally wrong with them. Hearing that their mind is trying to protect them, just a little too hard, makes the whole thing less shameful.",
                        "It also sets up the next step. If anxiety is trying to help, then fighting it head-on tends to backfire. Suppressing a worry or arguing with it usually gives it more attention, not less.",
                    ],
                },
            ),
            ("heading", "Where mindfulness comes in"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 305,
                    "paragraphs": [
                        "So where does mindfulness fit into that picture?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 314,
                    "paragraphs": [
                        "Mindfulness offers a third option between obeying anxiety and fighting it. We learn to notice what is happening, the thoughts, the tight chest, the urge to escape, and to hold it in awareness with some curiosity.",
                        "We are not trying to make anxiety disappear. We are changing our relationship to it, so that it becomes one voice in the room instead of the only one. Over the rest of the course we'll look at exactly how to teach that.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "We are not trying to make anxiety disappear.",
                    "attribution": "Priya Raman",
                },
            ),
        ],
    },
    {
        "slug": "anchoring-attention-in-the-body",
        "title": "Anchoring Attention in the Body",
        "summary": "How to help anxious patients use bodily anchors such as the breath, the feet or the hands to steady attention, and what to do when focusing on the body makes anxiety worse.",
        "video_url": "https://vimeo.com/804217356",
        "duration": "00:27:15",
        "takeaways": [
            "An anchor is a neutral place to return attention, not a way to force relaxation.",
            "Offer a choice of anchors, since the breath is not neutral for everyone.",
            "Short, frequent practice is more useful early on than long sessions.",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-07-20",
        "next_review_due": "2027-07-20",
        "transcript": [
            ("heading", "Choosing an anchor"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "In this lesson we're looking at the body. Priya, why start there rather than with anxious thoughts?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 14,
                    "paragraphs": [
                        "Because the body is always in the present. Thoughts about the future pull us forward, but sensations are happening right now. If we can give anxious attention somewhere steady to land, we create a little space.",
                        "We call that place an anchor. The breath is the classic one, but it isn't the only one, and for some anxious patients it's actually the hardest place to start.",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 96,
                    "paragraphs": [
                        "Why would the breath be a difficult choice?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 102,
                    "paragraphs": [
                        "For people with panic, paying attention to breathing can feel like watching for the first sign of an attack. They start controlling the breath, it feels unnatural, and that in turn feels alarming.",
                        "So I always offer options: the feet on the floor, the hands resting in the lap, the sounds in the room. An anchor should be something the patient can notice without getting caught up in it.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "An anchor should be something the patient can notice without getting caught up in it.",
                    "attribution": "Priya Raman",
                },
            ),
            ("heading", "Practicing in session"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 410,
                    "paragraphs": [
                        "What does a first practice look like in session?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 418,
                    "paragraphs": [
                        "It's short, perhaps two or three minutes. I ask the patient to rest attention on the anchor, to notice when the mind wanders, which it will, and to come back gently.",
                        "The coming back is the practice. I make a point of saying that, because anxious patients often think they're failing when their mind drifts. Every return is a repetition, like lifting a weight.",
                    ],
                },
            ),
            (
                "pull_quote",
                {"text": "The coming back is the practice.", "attribution": "Priya Raman"},
            ),
        ],
    },
    {
        "slug": "relating-differently-to-worry",
        "title": "Relating Differently to Worry",
        "summary": "Daniel Reyes treats worry as a habit of mind and shows how patients can notice and label worry thoughts instead of following them.",
        "video_url": "https://www.youtube.com/watch?v=J8vLc2WqR5s",
        "duration": "00:26:40",
        "takeaways": [
            "Worry often feels useful to patients, and that belief deserves exploration.",
            "Labeling thoughts as worrying creates distance without requiring the patient to dispute them.",
            "Postponing worry to a set time can give patients an experience of control over it.",
        ],
        "reviewed_by": "priya-raman",
        "last_reviewed": "2026-07-27",
        "next_review_due": "2027-07-27",
        "transcript": [
            ("heading", "Why worry feels useful"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Daniel, you see a lot of patients with generalized anxiety. How do you think about worry?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 11,
                    "paragraphs": [
                        "I think of it as a habit that promises something it can't deliver. Patients often tell me that worrying helps them prepare, or that if they stopped, something bad would happen. Those beliefs make sense, and I don't try to argue them away in the first session.",
                        "What I do ask is whether the worry has actually solved anything lately. Usually the honest answer is that it keeps circling without landing.",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": None,
                    "paragraphs": [
                        "So it feels productive, but it isn't.",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 118,
                    "paragraphs": [
                        "Mostly, yes. Real problem-solving ends with a decision or an action. Worry tends to end with another question: but what if? That is a useful distinction to teach.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "Real problem-solving ends with a decision or an action.",
                    "attribution": "Daniel Reyes",
                },
            ),
            ("heading", "Noticing and naming"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 520,
                    "paragraphs": [
                        "How does mindfulness change the way patients deal with that loop?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 530,
                    "paragraphs": [
                        "The first step is simply noticing that worry has started. Many patients are several minutes into a spiral before they realize it. I ask them to label it silently, with a word like worrying, and then return to whatever they were doing.",
                        "Labeling is powerful because it moves the patient from being inside the thought to observing it. They don't have to decide whether the worry is true. They only have to recognize it as worry.",
                    ],
                },
            ),
            (
                "pull_quote",
                {"text": "They only have to recognize it as worry.", "attribution": "Daniel Reyes"},
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 760,
                    "paragraphs": [
                        "And if the worry keeps coming back?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 768,
                    "paragraphs": [
                        "It will, at first. Some patients find it helpful to set aside a short worry period later in the day and postpone the worry until then. Often, when the time comes, the worry has lost its urgency. That experience teaches more than any explanation I could give.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "turning-toward-what-is-avoided",
        "title": "Turning Toward What Is Avoided",
        "summary": "Avoidance brings short-term relief at a long-term cost. This lesson shows how mindful attention can make approaching feared situations more tolerable.",
        "video_url": "https://www.youtube.com/watch?v=tX3mH9pKa7E",
        "duration": "00:25:50",
        "takeaways": [
            "Avoidance maintains anxiety by preventing new learning.",
            "Mindful approach means staying with discomfort while noticing it, not gritting one's teeth.",
            "Small, chosen steps toward avoided situations build confidence.",
        ],
        "reviewed_by": "daniel-reyes",
        "last_reviewed": "2026-08-03",
        "next_review_due": "2027-08-03",
        "transcript": [
            ("heading", "The cost of avoidance"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Priya, we've talked about noticing anxiety. This lesson is about what patients do with it. Why focus on avoidance?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 12,
                    "paragraphs": [
                        "Because avoidance is where anxiety really gets its grip. Every time someone skips the party or leaves the supermarket, they feel relief. That relief teaches the brain that the situation was dangerous and that escape was necessary.",
                        "Over time, life gets smaller. Patients often come to us not because of the anxiety itself but because of everything they've stopped doing.",
                    ],
                },
            ),
            ("pull_quote", {"text": "Over time, life gets smaller.", "attribution": "Priya Raman"}),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 140,
                    "paragraphs": [
                        "How does mindfulness help someone stop avoiding?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 150,
                    "paragraphs": [
                        "It gives them a way to stay. When a patient approaches something difficult, mindfulness lets them notice the racing heart, the thoughts urging them to leave and the wish to escape, without immediately acting on any of it.",
                        "I often describe it as making room. The discomfort doesn't have to shrink before they can take a step. It comes along with them.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "The discomfort doesn't have to shrink before they can take a step.",
                    "attribution": "Priya Raman",
                },
            ),
            ("heading", "Choosing the first step"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 690,
                    "paragraphs": [
                        "Where do you start with a patient who avoids a lot?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 701,
                    "paragraphs": [
                        "With something they care about. I ask what they would do more of if anxiety weren't in charge, and we pick a small step in that direction, something challenging but doable.",
                        "Then we practice it together, in session if possible. Afterward I ask what they noticed, including what they predicted and what actually happened. Those observations are what change their expectations next time.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "adapting-practice-for-panic-and-trauma",
        "title": "When Practice Feels Unsafe: Adapting for Panic and Trauma",
        "summary": "Not every patient finds mindfulness calming. Daniel Reyes explains how to recognize when a practice is increasing distress and how to adapt it safely.",
        "video_url": "https://vimeo.com/811593024",
        "duration": "00:28:10",
        "takeaways": [
            "Inward-focused practice can heighten distress for patients with panic or a trauma history.",
            "Open eyes, external anchors and shorter practices are simple adaptations.",
            "Patients should always have permission to stop, move or change their focus.",
        ],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-08-03",
        "next_review_due": "2027-08-03",
        "transcript": [
            ("heading", "When calm isn't the result"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "Daniel, we often hear that mindfulness is calming. Is that always true?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 9,
                    "paragraphs": [
                        "No, and it's important that clinicians know this. For some patients, sitting still with eyes closed and attending inward brings up more distress, not less. People with panic may become hyperaware of their heartbeat, and people with a trauma history may find that quiet, inward attention brings up memories or a sense of being unsafe.",
                        "None of that means mindfulness is wrong for them. It means the standard instructions need adjusting.",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 150,
                    "paragraphs": [
                        "What are the signs that a practice isn't going well?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 158,
                    "paragraphs": [
                        "Watch for rapid breathing, a frozen or blank look, sudden tearfulness, or a patient who seems far away when you speak to them afterward. Ask directly, too. Many patients won't volunteer that they felt worse, because they assume they did it wrong.",
                        "I always tell patients beforehand that they can open their eyes, move or stop at any point. That permission is part of the practice, not an exception to it.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "That permission is part of the practice, not an exception to it.",
                    "attribution": "Daniel Reyes",
                },
            ),
            ("heading", "Simple adaptations"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 980,
                    "paragraphs": [
                        "Which adaptations do you use most?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 990,
                    "paragraphs": [
                        "Keep the eyes open, with a soft gaze on the floor. Use external anchors such as sounds or an object held in the hand. Keep practices short, two or three minutes, and build from there.",
                        "And pace it with the patient. Safety first, then curiosity. If a patient is still struggling after these adaptations, that is useful information, and it's fine to set formal practice aside and come back to it later.",
                    ],
                },
            ),
            (
                "pull_quote",
                {"text": "Safety first, then curiosity.", "attribution": "Daniel Reyes"},
            ),
        ],
    },
    {
        "slug": "practical-tips-for-mindfulness-in-session",
        "title": "Practical Tips for Bringing Mindfulness Into Session",
        "summary": "The closing lesson gathers practical tips for introducing mindfulness in ordinary sessions, working with skeptical patients and keeping home practice going.",
        "video_url": "https://www.youtube.com/watch?v=Wf6dN1yBq4U",
        "duration": "00:29:05",
        "takeaways": [
            "Introduce mindfulness with a brief experience before a long explanation.",
            "Use plain language and avoid terms that patients may find off-putting.",
            "Tie home practice to existing daily routines and ask about it every session.",
        ],
        "reviewed_by": "maya-okafor",
        "last_reviewed": "2026-08-10",
        "next_review_due": "2027-08-10",
        "transcript": [
            ("heading", "Getting started"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 0,
                    "paragraphs": [
                        "For our final lesson, we want to make this as practical as possible. Priya, what's your first tip for a clinician who wants to bring mindfulness into their sessions?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 15,
                    "paragraphs": [
                        "Show, don't tell. A long explanation of mindfulness can make it sound abstract or even a bit strange. I'd rather offer a one-minute experience, noticing the feet on the floor, say, and then talk about what the patient noticed.",
                        "My second tip is about language. Some patients are put off by words like meditation, so I talk about practicing attention or training the mind to notice. The practice is the same; the door is just easier to walk through.",
                    ],
                },
            ),
            ("pull_quote", {"text": "Show, don't tell.", "attribution": "Priya Raman"}),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 210,
                    "paragraphs": [
                        "Daniel, what about patients who are openly skeptical?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "daniel-reyes",
                    "name": "",
                    "start": 218,
                    "paragraphs": [
                        "I like skeptics. I tell them not to believe anything I say and to treat each practice as an experiment. Try it for a week, notice what happens, and we'll look at the results together.",
                        "That framing respects their doubt, and it happens to be good science. It also means that if something doesn't help, we've learned something useful rather than failed.",
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": "Try it for a week, notice what happens, and we'll look at the results together.",
                    "attribution": "Daniel Reyes",
                },
            ),
            ("heading", "Keeping practice going"),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": 905,
                    "paragraphs": [
                        "Home practice is where many patients drop off. Priya, how do you keep it going?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 914,
                    "paragraphs": [
                        "Attach it to something they already do. Three breaths before opening the laptop, a minute of noticing while the coffee brews, a short body scan before sleep. Small and regular beats long and occasional.",
                        "And ask about it every session, with genuine curiosity rather than as a homework check. When patients know you'll be interested in what they noticed, they're far more likely to practice.",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": None,
                    "name": "Host",
                    "start": None,
                    "paragraphs": [
                        "Any final thought for clinicians finishing the course?",
                    ],
                },
            ),
            (
                "turn",
                {
                    "expert": "priya-raman",
                    "name": "",
                    "start": 1690,
                    "paragraphs": [
                        "Practice yourself. You don't need to be an expert meditator, but you do need to know from the inside what it's like when the mind wanders for the hundredth time. Patients can tell the difference.",
                    ],
                },
            ),
        ],
    },
]
