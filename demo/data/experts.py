"""Fictional experts who write articles, review content and teach courses."""

from demo.shapes import ExpertData

EXPERTS: list[ExpertData] = [
    {
        "slug": "maya-okafor",
        "name": "Maya Okafor",
        "credentials": "PsyD",
        "title": "Clinical psychologist and trauma researcher",
        "bio": (
            "Maya Okafor is a clinical psychologist who has spent two decades treating adults "
            "with complex trauma histories in community and hospital settings. Her research looks "
            "at how pacing and felt safety shape outcomes in trauma-focused care. She leads the "
            "Institute's trauma curriculum and supervises early-career clinicians."
        ),
        "website": "https://example.org/maya-okafor",
        "email": "maya.okafor@example.org",
    },
    {
        "slug": "daniel-reyes",
        "name": "Daniel Reyes",
        "credentials": "MD",
        "title": "Psychiatrist and chair of the clinical review panel",
        "bio": (
            "Daniel Reyes is a psychiatrist who combines medication management with psychotherapy "
            "in a busy outpatient practice. He writes about mood, anxiety, sleep and the places "
            "where physical and mental health overlap. He chairs the panel that reviews the "
            "Institute's clinical content."
        ),
        "website": "https://example.org/daniel-reyes",
        "email": "daniel.reyes@example.org",
    },
    {
        "slug": "helen-lindqvist",
        "name": "Helen Lindqvist",
        "credentials": "PhD",
        "title": "Neuroscientist and science educator",
        "bio": (
            "Helen Lindqvist trained in affective neuroscience and studies how emotional memories "
            "are formed and updated. She specializes in translating brain research into language "
            "clinicians can use with clients, and her workshops favor careful claims over catchy ones."
        ),
        "website": "https://example.org/helen-lindqvist",
        "email": "helen.lindqvist@example.org",
    },
    {
        "slug": "priya-raman",
        "name": "Priya Raman",
        "credentials": "LCSW",
        "title": "Clinical social worker and mindfulness teacher",
        "bio": (
            "Priya Raman is a licensed clinical social worker who has led mindfulness-based groups "
            "for anxiety and depression for more than fifteen years. She adapts contemplative "
            "practices for clients who find traditional meditation difficult, and co-teaches the "
            "Institute's course on mindfulness for anxiety."
        ),
        "website": "https://example.org/priya-raman",
        "email": "priya.raman@example.org",
    },
    {
        "slug": "jonah-whitfield",
        "name": "Jonah Whitfield",
        "credentials": "LMFT",
        "title": "Marriage and family therapist",
        "bio": (
            "Jonah Whitfield is a marriage and family therapist who works with couples facing "
            "conflict, betrayal and the aftermath of trauma. He is interested in how attachment, "
            "culture and identity shape what partners expect of each other. He also leads "
            "consultation groups on antiracist clinical practice."
        ),
        "website": "https://example.org/jonah-whitfield",
        "email": "jonah.whitfield@example.org",
    },
    {
        "slug": "grace-nakamura",
        "name": "Grace Nakamura",
        "credentials": "PhD, RN",
        "title": "Nurse scientist specializing in chronic pain",
        "bio": (
            "Grace Nakamura is a registered nurse and researcher who studies how people with "
            "persistent pain make sense of their symptoms. She spent ten years in pain-management "
            "clinics before moving into research and teaching. Her work focuses on practical, "
            "body-based approaches that clinicians from any discipline can use."
        ),
        "website": "https://example.org/grace-nakamura",
        "email": "grace.nakamura@example.org",
    },
]
