"""Synthetic corpora of Arabic, Tuareg, Fulani and French-style names with known truth.

Invented people (given names from the region's common stock, invented surnames built from
syllables, nasab "ould/ag/ben X", kunyas "Abu X", nisbas "al-X") and invented organisations are
spread over documents that each cover one *network* (so co-mentions are realistic); every record
names its entity with 1-4 mentions drawn from spelling variants (ou/u, e/a, doubled letters,
el/al, joined or split particles, Abd al-X spellings), short forms (surname, kunya alone) and
typos. Common given names and a small stock of Fulani surnames make hard negatives (two different
"Amadou Diallo"). No name from the dev set is used on purpose; collisions would be chance.

    PYTHONPATH=src python benchmarks/synth_names.py --mentions 10000 --seed 1 > /tmp/synth.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

GIVEN = [
    "Mohamed",
    "Ahmed",
    "Ali",
    "Omar",
    "Ousmane",
    "Ibrahim",
    "Moussa",
    "Issa",
    "Youssef",
    "Yacoub",
    "Yahya",
    "Idriss",
    "Hassan",
    "Hamid",
    "Hamza",
    "Khalid",
    "Said",
    "Salah",
    "Salem",
    "Mustafa",
    "Abdallah",
    "Abdoulaye",
    "Boubacar",
    "Bakary",
    "Oumar",
    "Hamadou",
    "Seydou",
    "Souleymane",
    "Adama",
    "Aliou",
    "Alassane",
    "Sidi",
    "Malick",
    "Karim",
    "Rachid",
    "Farid",
    "Nabil",
    "Kamel",
    "Tahar",
    "Lakhdar",
    "Mourad",
    "Sofiane",
    "Walid",
    "Yazid",
    "Younes",
    "Anas",
    "Bilal",
    "Amadou",
    "Mamadou",
    "Ismail",
    "Brahim",
    "Lamine",
    "Habib",
    "Tarek",
    "Nasser",
    "Chafik",
    "Hocine",
    "Larbi",
    "Djibril",
    "Moctar",
    "Ilyas",
    "Zakaria",
    "Houssam",
    "Bachir",
    "Mansour",
    "Othmane",
    "Faycal",
    "Azzedine",
    "Nourredine",
    "Sadek",
    "Kaddour",
    "Messaoud",
    "Rabah",
    "Slimane",
    "Hamma",
    "Intahmadou",
    "Alhassane",
    "Elmehdi",
    "Amoumine",
    "Attaye",
    "Mossa",
    "Efad",
    "Inawelen",
]
ABD = [
    "Karim",
    "Rahman",
    "Razak",
    "Kader",
    "Aziz",
    "Hamid",
    "Malek",
    "Jalil",
    "Latif",
    "Wahab",
    "Salam",
    "Hakim",
    "Majid",
    "Hafid",
    "Qader",
]
FULANI = [
    "Diallo",
    "Ba",
    "Sow",
    "Barry",
    "Bah",
    "Diakite",
    "Dicko",
    "Sidibe",
    "Sangare",
    "Cisse",
    "Toure",
    "Maiga",
    "Kone",
    "Traore",
    "Dembele",
]
ONSET = [
    "b",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "r",
    "s",
    "t",
    "z",
    "kh",
    "gh",
    "ch",
    "dj",
    "sl",
    "br",
    "tr",
]
VOWEL = ["a", "e", "i", "o", "ou", "a", "a", "i"]
CODA = ["", "n", "r", "l", "d", "m", "t", "k", "b", "s"]
NISBA_STEMS = [
    "Tilmi",
    "Sahli",
    "Wadani",
    "Jabali",
    "Bahri",
    "Sughri",
    "Timbi",
    "Azzawi",
    "Nouri",
    "Hajari",
    "Qibli",
    "Rimali",
]
ORG_HEAD = ("Katiba", "Brigade", "Movement", "Front", "Group", "Council")
ORG_WORDS = [
    "Faithful",
    "Guardians",
    "Partisans",
    "Supporters",
    "Martyrs",
    "Truth",
    "Oneness",
    "Victory",
    "Defenders",
    "Migrants",
    "Liberation",
    "Unity",
    "Justice",
    "Renewal",
    "Salvation",
    "Sons",
    "Sword",
    "Dawn",
    "Banner",
    "Light",
    "Path",
    "Pledge",
    "Call",
    "Glory",
    "Horsemen",
    "Lions",
    "Sentinels",
    "Believers",
    "Companions",
    "Emigrants",
    "Steadfast",
    "Return",
    "Conquest",
    "Shield",
    "Covenant",
    "Vanguard",
    "Rally",
]


@dataclass
class Entity:
    id: str
    type: str
    network: int
    forms: list[str]  # canonical surface forms (full name, kunya, short forms)
    weights: list[float] = field(default_factory=list)


def _surname(rng: random.Random) -> str:
    s = "".join(rng.choice(ONSET) + rng.choice(VOWEL) for _ in range(rng.choice((2, 2, 3))))
    s += rng.choice(CODA)
    return s.capitalize()


def _given(rng: random.Random) -> str:
    # a Zipf-ish pick: the first names of the stock are much more common
    i = min(int(rng.paretovariate(1.1)) - 1, len(GIVEN) - 1)
    return GIVEN[i] if rng.random() < 0.6 else rng.choice(GIVEN)


def make_person(rng: random.Random, pid: str, network: int, surnames: list[str]) -> Entity:
    style = rng.choices(("maghreb", "mauritania", "tuareg", "fulani"), (4, 2, 2, 1))[0]
    given = _given(rng)
    if rng.random() < 0.15:
        given = "Abdel" + rng.choice(ABD).lower()
    if style == "maghreb":
        full = f"{given} {rng.choice(surnames)}"
    elif style == "mauritania":
        father = rng.choice(GIVEN) if rng.random() < 0.3 else rng.choice(surnames)
        full = f"{given} Ould {father}"
    elif style == "tuareg":
        full = f"{given} ag {rng.choice(surnames)}"
    else:
        full = f"{given} {rng.choice(FULANI)}"
    forms, weights = [full], [4.0]
    last = full.split()[-1]
    if style != "fulani":
        forms.append(last if style == "maghreb" else " ".join(full.split()[-2:]))
        weights.append(1.5)
    if rng.random() < 0.45:
        kunya = f"Abu {rng.choice(GIVEN + ABD)}"
        if rng.random() < 0.5:
            kunya += f" al-{rng.choice(NISBA_STEMS)}"
        forms.append(kunya)
        weights.append(1.5)
    if rng.random() < 0.2:
        forms.append(f"{given} {rng.choice(surnames)}")  # a second, unrelated-looking alias
        weights.append(0.7)
    return Entity(pid, "PERSON", network, forms, weights)


def make_org(rng: random.Random, oid: str, network: int) -> Entity:
    head = rng.choice(ORG_HEAD)
    words = rng.sample(ORG_WORDS, rng.choice((1, 2)))
    full = f"{head} of the {' and '.join(words)}" if head != "Katiba" else f"Katiba {' '.join(words)}"
    if rng.random() < 0.6:  # most groups name their region: "... in the Land of Tazor"
        full += f" in {rng.choice(('the Land of ', 'the ', ''))}{_surname(rng)}"
    acro = "".join(w[0] for w in full.split() if w[0].isupper())
    return Entity(oid, "ORGANIZATION", network, [full, acro], [3.0, 2.0])


# ---------------------------------------------------------------- variation
_SWAPS = [
    ("ou", "u"),
    ("u", "ou"),
    ("e", "a"),
    ("a", "e"),
    ("i", "y"),
    ("dj", "j"),
    ("ch", "sh"),
    ("k", "q"),
    ("ee", "i"),
    ("ei", "ai"),
    ("ai", "ei"),
    ("mm", "m"),
    ("m", "mm"),
    ("dd", "d"),
    ("ss", "s"),
    ("s", "ss"),
]


def vary_token(rng: random.Random, t: str) -> str:
    if len(t) < 4 or not t[0].isupper():
        return t
    head, tail = t[0], t[1:]
    for _ in range(rng.choice((1, 1, 2))):
        a, b = rng.choice(_SWAPS)
        if a in tail:
            i = tail.index(a) if rng.random() < 0.5 else tail.rindex(a)
            tail = tail[:i] + b + tail[i + len(a) :]
    return head + tail


def vary(rng: random.Random, name: str, typo_rate: float) -> str:
    words = name.split()
    out = []
    for w in words:
        lw = w.lower()
        if lw == "abu" and rng.random() < 0.4:
            w = "Abou"
        elif lw == "ould" and rng.random() < 0.3:
            w = rng.choice(("Uld", "Wuld", "ould"))
        elif lw == "ag" and rng.random() < 0.3:
            w = "Ag"
        elif w.startswith("al-") and rng.random() < 0.4:
            w = rng.choice(("el-", "Al-", "al ")) + w[3:]
        elif w.startswith("Abdel") and rng.random() < 0.5:
            prefix = rng.choice(("Abd al-", "Abdul ", "Abd el-", "Abdoul"))
            w = prefix + (w[5:].capitalize() if prefix[-1] in " -" else w[5:].lower())
        elif rng.random() < 0.5:
            w = vary_token(rng, w)
        if len(w) >= 6 and rng.random() < typo_rate:
            i = rng.randrange(2, len(w) - 1)
            w = w[:i] + rng.choice("aeioulnrst") + w[i + 1 :] if rng.random() < 0.5 else w[:i] + w[i + 1 :]
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------- corpus
def generate(mentions: int, seed: int = 1, typo_rate: float = 0.05) -> Iterator[dict]:
    """Records (as dicts with a 'truth' field) until about `mentions` mentions are made."""
    rng = random.Random(seed)
    n_entities = max(50, mentions // 8)
    surnames = sorted({_surname(rng) for _ in range(max(400, n_entities * 2))})
    rng.shuffle(surnames)
    n_networks = max(3, n_entities // 40)
    entities = []
    for i in range(n_entities):
        net = rng.randrange(n_networks)
        if rng.random() < 0.85:
            entities.append(make_person(rng, f"P{i}", net, surnames))
        else:
            entities.append(make_org(rng, f"O{i}", net))
    by_net: dict[int, list[Entity]] = {}
    for e in entities:
        by_net.setdefault(e.network, []).append(e)
    made, doc = 0, 0
    while made < mentions:
        doc += 1
        net = rng.randrange(n_networks)
        pool = by_net.get(net) or entities
        cast = rng.sample(pool, min(len(pool), rng.randint(4, 10)))
        records: list[dict[str, Any]] = []
        for e in cast:
            k = rng.choices((1, 2, 3, 4), (4, 3, 2, 1))[0]
            forms = [rng.choices(e.forms, e.weights)[0] for _ in range(k)]
            names = list(dict.fromkeys(vary(rng, f, typo_rate) for f in forms))
            made += k
            records.append(
                {
                    "id": f"d{doc}:{e.id}",
                    "document_id": f"d{doc}",
                    "type": e.type,
                    "names": names,
                    "truth": e.id,
                    "mentions": k,
                }
            )
        for r in records:
            r["context"] = sorted({n for o in records if o is not r for n in o["names"][:1]})
        yield from records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mentions", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--typo-rate", type=float, default=0.05)
    a = ap.parse_args()
    for r in generate(a.mentions, a.seed, a.typo_rate):
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
