"""One catalogue of error codes, so users can search for them and tests can assert them.

Every error a user can cause (bad path, unreadable bytes, a notice with no text) is a
`PolicydbError` carrying a stable code from `CODES`. The CLI prints it as one line,
``Error E003: …``, and exits non-zero; the library never prints.
"""
from __future__ import annotations

CODES: dict[str, str] = {
    "E001": "path not found",
    "E002": "a directory where a file is expected",
    "E003": "empty file",
    "E004": "binary file, not a text or HTML notice",
    "E005": "not text in any supported encoding",
    "E006": "no notice text left after removing page chrome",
    "E007": "unsupported file type",
    "E008": "optional dependency missing",
    "E009": "file could not be read",
    "E010": "notice not found in the store",
    "E011": "file larger than the size limit",
    "E012": "not a policydb database",
    "E013": "database written by a newer policydb",
    "E014": "manifest cannot be read",
    "E015": "supplied metadata cannot be read",
    "E016": "a query value cannot be searched for",
    "E017": "file took longer than the time limit to parse",
    "E018": "the store is damaged",
    "E019": "the store cannot be written",
    "E020": "no space left for the store (or its disk failed)",
    "E021": "a crawl record cannot be read",
    "E022": "not a notice page",
    "E999": "internal error (a bug: please report it with the file)",
}


class PolicydbError(Exception):
    """An error with a stable code; `str()` gives the one-line message for users."""

    def __init__(self, code: str, detail: str) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {CODES[code]}: {detail}")


def missing_dependency(package: str, extra: str | None = None) -> PolicydbError:
    """The error for an optional dependency that is not installed, saying what to install."""
    hint = f"pip install 'policydb[{extra}]'" if extra else f"pip install {package}"
    return PolicydbError("E008", f"{package} is not installed; run: {hint}")
