"""Name keys: the normalised form under which a name is looked up and blocked."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201b\u02bc\u02bb`\u00b4\u2032\u02be\u02bf"})


def normalize_name(name: str) -> str:
    """Case, accents, quote marks, a leading article and punctuation removed; spaces collapsed."""
    s = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", "", s)
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"(^|\s)'+|'+(?=\s|$)", r"\1", s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\s\-]+", " ", s)
    return s.strip(" .,;:'()[]")


def name_key(entity_type: str, name: str) -> str:
    """The blocking key of one name of one entity type."""
    return f"{entity_type}:{normalize_name(name)}"[:200]
