"""Which phonetic key blocks transliteration variants best? Measured on invented name tokens.

For each key function: the share of (token, spelling variant) pairs that get the same key (recall
of blocking) and the share of pairs of different tokens that collide (block size cost).

    PYTHONPATH=src python benchmarks/phonetic_keys.py
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import jellyfish
from rigour.text.phonetics import metaphone as rigour_metaphone
from synth_names import FULANI, GIVEN, _surname, vary_token

from reportgraph.resolve.names import parse_name, part_key, skeleton


def tokens(rng: random.Random, n: int) -> list[str]:
    out = list(GIVEN) + list(FULANI)
    while len(out) < n:
        out.append(_surname(rng))
    return out


def reportgraph_key(t: str) -> str:
    p = parse_name(t).parts
    return part_key(p[0].form) if p else ""


KEYS: dict[str, Callable[[str], str]] = {
    "reportgraph skeleton": reportgraph_key,
    "reportgraph skeleton (no particle parsing)": lambda t: skeleton(t.lower()),
    "jellyfish metaphone": lambda t: jellyfish.metaphone(t),
    "jellyfish nysiis": lambda t: jellyfish.nysiis(t),
    "jellyfish soundex": lambda t: jellyfish.soundex(t),
    "jellyfish match rating codex": lambda t: jellyfish.match_rating_codex(t),
    "rigour metaphone": lambda t: rigour_metaphone(t.lower()),
}


def main() -> None:
    rng = random.Random(7)
    toks = tokens(rng, 3000)
    same = []
    for t in toks:
        v = vary_token(rng, t)
        if v != t:
            same.append((t, v))
    diff = [(rng.choice(toks), rng.choice(toks)) for _ in range(20000)]
    diff = [(a, b) for a, b in diff if a != b]
    print(f"{len(same)} variant pairs, {len(diff)} different pairs")
    print(f"{'key':44} {'variants agree':>14} {'others collide':>14} {'us/key':>7}")
    for name, fn in KEYS.items():
        t0 = time.perf_counter()
        agree = sum(fn(a) == fn(b) for a, b in same) / len(same)
        collide = sum(fn(a) == fn(b) for a, b in diff) / len(diff)
        us = 1e6 * (time.perf_counter() - t0) / (2 * (len(same) + len(diff)))
        print(f"{name:44} {agree:>14.3f} {collide:>14.4f} {us:>7.1f}")


if __name__ == "__main__":
    main()
