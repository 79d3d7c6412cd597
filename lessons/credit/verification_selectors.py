"""Reading a certificate by its code, for anyone who holds the code.

A code is read as people type it from paper: any case, dashes and spaces optional, and the
digits 0, 1 and 8 taken for the letters O, I and B they are mistaken for (base32 has no 0, 1
or 8). Anything that cannot be a code is a miss without a query. A lookup loads only what a
verifier may see: the learner's email and licence are not even read from the database.
"""

import re

from lessons.credit.models import Certificate
from lessons.credit.models.certificate import CODE_BYTES

CODE_LENGTH = CODE_BYTES * 8 // 5  # base32: five bits a character (120 bits, 24 characters)
GROUP = 4
MAX_RAW_LENGTH = 100  # a code with generous spacing; anything longer is not a code
_TYPO = str.maketrans({"0": "O", "1": "I", "8": "B"})
_SEPARATORS = re.compile(r"[\s\-]+")
_CODE = re.compile(rf"[A-Z2-7]{{{CODE_LENGTH}}}")

PUBLIC_FIELDS = (
    "code",
    "status",
    "learner_name",
    "course_title",
    "course_url",
    "completed_on",
    "credit_type_code",
    "credit_type_name",
    "hours",
    "provider_name",
    "issued_at",
)


def normalise_code(raw: object) -> str | None:
    """The code as stored (`ABCD-EFGH-…`), or None when the text cannot be one."""
    if not isinstance(raw, str) or len(raw) > MAX_RAW_LENGTH:
        return None
    compact = _SEPARATORS.sub("", raw).upper().translate(_TYPO)
    if not _CODE.fullmatch(compact):
        return None
    return "-".join(compact[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def _by_code(raw: object, fields: tuple[str, ...]) -> Certificate | None:
    code = normalise_code(raw)
    if code is None:
        return None
    return Certificate.objects.only(*fields).filter(code=code).first()


def certificate_for_verification(raw: object) -> Certificate | None:
    """The public facts of a certificate (one query), whatever its status."""
    return _by_code(raw, PUBLIC_FIELDS)


def credential_for_verification(raw: object) -> Certificate | None:
    """A certificate's signed credential and status (one query)."""
    return _by_code(raw, ("code", "status", "credential"))


def certificate_status(raw: object) -> str | None:
    """Only the status (one query): what a presented credential's holder may rely on now."""
    code = normalise_code(raw)
    if code is None:
        return None
    return Certificate.objects.filter(code=code).values_list("status", flat=True).first()
