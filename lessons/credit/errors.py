"""The one error the credit room raises for a learner's mistake: a 4xx with a code and a message.

Services raise it before they write anything (or inside the transaction that would write), so
a refused step records nothing; the API turns it into JSON, the reader pages into a message.
"""


class CreditError(Exception):
    def __init__(self, code: str, message: str, *, status: int = 400, field: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.field = field

    def as_json(self) -> dict:
        body = {"error": self.message, "code": self.code}
        if self.field:
            body["field"] = self.field
        return body
