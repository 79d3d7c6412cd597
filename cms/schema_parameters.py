"""Query parameters declared as strictly as the API checks them, so a client (or a fuzzer)
reading the schema knows every request it may send and the API accepts every one of them.

The checks themselves live with the views (cms.api_common's parse_int, check_query_string);
this module states their bounds once for every operation instead of on each declaration:
`limit` from 1 to MAX_LIMIT, `offset` from 0 to MAX_OFFSET, ids from 1, no NUL in any text
(PostgreSQL cannot store one, so every endpoint refuses it), a required text never empty.
"""

from cms.api_common import MAX_LIMIT, MAX_OFFSET

NO_NUL = "^[^\\u0000]*$"
# A required value, or one item of a list, must hold more than spaces: both are trimmed.
NOT_BLANK = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
BOUNDS = {"limit": (1, MAX_LIMIT), "offset": (0, MAX_OFFSET)}
# Page and comment ids start at 1 (Wagtail's root is 1, which no filter may name usefully,
# but it is an id that exists).
ID_PARAMETERS = {
    "article",
    "parent",
    "id",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
}
MAX_ID = 2**31 - 1  # ids are PostgreSQL integers


def _text(schema: dict, required: bool) -> None:
    if "enum" in schema:
        return
    required = required or schema.get("minLength", 0) > 0
    schema.setdefault("pattern", NOT_BLANK if required else NO_NUL)


def declare_parameter(parameter: dict) -> None:
    if parameter.get("in") != "query":
        return
    schema = parameter.setdefault("schema", {})
    name = parameter["name"]
    if schema.get("type") == "integer":
        low, high = BOUNDS.get(name, (1, MAX_ID) if name in ID_PARAMETERS else (None, None))
        if low is not None:
            schema.setdefault("minimum", low)
        if high is not None and schema.get("maximum", high + 1) > high:
            schema["maximum"] = high
    elif schema.get("type") == "string":
        _text(schema, parameter.get("required", False))
    elif schema.get("type") == "array" and schema.get("items", {}).get("type") == "string":
        _text(schema["items"], True)


def declare_parameters(operation: dict) -> None:
    """Postprocessing step (cms.schema.strict_schema) for one operation."""
    for parameter in operation.get("parameters", []):
        declare_parameter(parameter)
