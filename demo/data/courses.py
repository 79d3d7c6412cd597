"""Two demo courses. Their lessons live in courses_lessons.py and courses_lessons_more.py."""

from demo.shapes import CourseData

from .courses_lessons import MINDFULNESS_LESSONS
from .courses_lessons_more import TRAUMA_LESSONS

COURSES: list[CourseData] = [
    {
        "slug": "mindfulness-for-anxiety",
        "title": "Mindfulness for Anxiety: Helping Patients Step Out of the Worry Cycle",
        "summary": "A practical introduction to using mindfulness-based skills with anxious patients, from psychoeducation to in-session practice.",
        "overview": (
            "<p>Anxiety is one of the most common reasons people seek help, and many patients have "
            "already tried to think their way out of it. This course shows how mindfulness offers a "
            "different route: learning to notice anxious thoughts and sensations with curiosity, so "
            "that they lose some of their power to drive worry and avoidance.</p>"
            "<p>Across six lessons, Priya Raman and Daniel Reyes combine clinical examples, short "
            "demonstrations and a realistic reading of the evidence. The course closes with a lesson "
            "of practical tips for bringing these skills into ordinary sessions, including with "
            "patients who are skeptical of meditation.</p>"
        ),
        "instructors": ["priya-raman", "daniel-reyes"],
        "objectives": [
            "Describe how attention, avoidance and worry keep anxiety going.",
            "Apply brief mindfulness practices that help patients notice anxious sensations without reacting to them.",
            "Identify when a practice needs to be adapted for patients with panic or a trauma history.",
            "Design a between-session practice plan that fits a patient's daily routine.",
        ],
        "level": "introductory",
        "credit_hours": "3.0",
        "credit_types": ["APA", "ASWB", "NBCC"],
        "accreditation_statement": (
            "The Institute is approved to offer continuing education for psychologists, social "
            "workers and counselors, and it takes full responsibility for the content of this course. "
            "Participants should check with their own licensing board that these credit hours meet "
            "their renewal requirements."
        ),
        "categories": ["anxiety", "mindfulness"],
        "lessons": MINDFULNESS_LESSONS,
    },
    {
        "slug": "trauma-informed-care",
        "title": "Trauma-Informed Care: Safety, Choice and Repair in Everyday Practice",
        "summary": "How clinicians in any setting can recognize the effects of trauma and adjust their practice so that care feels safer and more collaborative.",
        "overview": (
            "<p>Many of the people who come to us for help have lived through trauma, whether or not "
            "they ever say so. Trauma-informed care asks how our services, from the intake form to the "
            "examination room, can avoid repeating old harms and instead offer safety, choice and "
            "collaboration.</p>"
            "<p>In five lessons, Maya Okafor and Grace Nakamura cover the core principles, pacing "
            "with the window of tolerance, trauma-informed physical care, working with shame, and the "
            "support clinicians themselves need to keep doing this work well.</p>"
        ),
        "instructors": ["maya-okafor", "grace-nakamura"],
        "objectives": [
            "Describe the core principles of trauma-informed care and how they differ from trauma-focused treatment.",
            "Identify signs of hyperarousal, hypoarousal and shame during clinical encounters.",
            "Apply pacing and choice-based practices in psychotherapy and in physical care.",
            "Develop personal and organizational steps that reduce the risk of vicarious trauma.",
        ],
        "level": "intermediate",
        "credit_hours": "3.5",
        "credit_types": ["APA", "ASWB", "NBCC", "ANCC"],
        "accreditation_statement": (
            "The Institute is approved to offer continuing education for psychologists, social "
            "workers, counselors and nurses, and it takes full responsibility for the content of this "
            "course. Participants should check with their own licensing board that these credit hours "
            "meet their renewal requirements."
        ),
        "categories": ["trauma", "healing-trauma", "shame"],
        "lessons": TRAUMA_LESSONS,
    },
]
