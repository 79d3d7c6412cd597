"""How the OpenAPI schema names the learner's credentials (drf-spectacular reads this)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class LearnerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "lessons.credit.me_api.LearnerTokenAuthentication"
    name = "learnerSessionToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "X-Session-Token",
            "description": "The session token allauth's app API returns (meta.session_token).",
        }
