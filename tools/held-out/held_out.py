#!/usr/bin/env python3
"""Scores each folded blind part with the analyser as it was when that part was scored blind.

Blind2..Blind43 were each scored once, before anyone read their misses, and only then folded into Dev. Building the
commit just before each fold and running its `analyze --json` on that part gives 1,983 reports the analyser had not
been tuned on: over twenty-five times the size of a blind part. This script prints their player, from, to, fee, status
and fee-precision figures (the fields the blind parts are weakest on; clubs are matched by name, without the gazetteer's
aliases) and checks two ways of "stating less" against them: a fee only when its sentence is tied to the move, and
`done` only when a deed of the player is told.

Only the standard library; needs git and the .NET SDK. Run from anywhere in the repository:
    python3 tools/held-out/held_out.py
    python3 tools/held-out/held_out.py --patch change.patch   # each part's analyser with a change applied
    python3 tools/held-out/held_out.py --dump rows.json       # also writes each report's main move beside its key
The second form judges a change (`git diff -- src > change.patch`) on text it was not written from: the patch is
applied to each part's analyser before it is built; a part it does not apply to is reported and left out.
It also prints how often fees and statuses stated under and over MoveConfidence.Sure were right.
Builds go to a temporary folder and are deleted afterwards; nothing in the repository changes.
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata

# Each folded part, and the commit whose parent scored it blind (the commit that folded it into Dev).
PARTS = [
    ("Blind2", "expected.blind2.json", "405ded8"),
    ("Blind3", "expected.blind3.json", "4f73785"),
    ("Blind4", "expected.blind4.json", "d4e6603"),
    ("Blind5", "expected.blind5.json", "1a157fe"),
    ("Blind6", "expected.blind6.json", "c85af53"),
    ("Blind7", "expected.blind7.json", "1398a2f"),
    ("Blind8", "expected.blind8.json", "cf72bf4"),
    ("Blind9", "expected.blind9.json", "19020e2"),
    ("Blind10", "expected.blind10.json", "2655d0d"),
    ("Blind11", "expected.blind11.json", "99a6dc1"),
    ("Blind12", "expected.blind12.json", "484231f"),
    ("Blind13", "expected.blind13.json", "2352954"),
    ("Blind14", "expected.blind14.json", "370242a"),
    ("Blind15", "expected.blind15.json", "a17efba"),
    ("Blind16", "expected.blind16.json", "d48c300"),
    ("Blind17", "expected.blind17.json", "d4c03df"),
    ("Blind18", "expected.blind18.json", "aca272e"),
    ("Blind19", "expected.blind19.json", "f8b3b0f"),
    ("Blind20", "expected.blind20.json", "80fcc83"),
    ("Blind21", "expected.blind21.json", "cbeed2c"),
    ("Blind22", "expected.blind22.json", "e450baa"),
    ("Blind23", "expected.blind23.json", "eb4537b"),
    ("Blind24", "expected.blind24.json", "bda5b79"),
    ("Blind25", "expected.blind25.json", "bed5512"),
    ("Blind26", "expected.blind26.json", "d82c3bb"),
    ("Blind27", "expected.blind27.json", "6589603"),
    ("Blind28", "expected.blind28.json", "0227c3c"),
    ("Blind29", "expected.blind29.json", "4fb1be2"),
    ("Blind30", "expected.blind30.json", "b894fa8"),
    ("Blind31", "expected.blind31.json", "3e7a3a6"),
    ("Blind32", "expected.blind32.json", "0f884c2"),
    ("Blind33", "expected.blind33.json", "8b2e193"),
    ("Blind34", "expected.blind34.json", "c9f42f2"),
    ("Blind35", "expected.blind35.json", "c8944e0"),
    ("Blind36", "expected.blind36.json", "1f06e40"),
    ("Blind37", "expected.blind37.json", "8c59a9e"),
    ("Blind38", "expected.blind38.json", "5f85222"),
    ("Blind39", "expected.blind39.json", "18210d1"),
    ("Blind40", "expected.blind40.json", "a0b1ef4"),
    ("Blind41", "expected.blind41.json", "977aee5"),
    ("Blind42", "expected.blind42.json", "12d10ea"),
    ("Blind43", "expected.blind43.json", "867eceb"),
]

REPO = pathlib.Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True,
                                   cwd=pathlib.Path(__file__).parent).stdout.strip())
DEV = REPO / "tests/RumourBot.Tests/Reports/RealReports/Dev"


def club_key(name):
    """Accent-, case- and punctuation-blind, like the accuracy test's club match (without its gazetteer aliases)."""
    folded = unicodedata.normalize("NFD", name or "")
    return re.sub(r"[^a-z0-9]+", " ", "".join(c for c in folded if unicodedata.category(c) != "Mn").lower()).strip()


def same_club(got, expected):
    return club_key(got) == club_key(expected)


def same_player(got, expected):
    """The surname (last word) agrees, like the accuracy test's rule without its subset check."""
    return bool(got) and club_key(got).split()[-1:] == club_key(expected).split()[-1:]


def same_fee(got, expected):
    """The accuracy test's rule: same currency and within 5%; a free transfer is 0; none where the key has none."""
    if got is None or expected is None:
        return got is None and expected is None
    if expected["amount_millions"] == 0:
        return got["amount_millions"] == 0
    return got.get("currency") == expected.get("currency") and \
        abs(got["amount_millions"] - expected["amount_millions"]) <= expected["amount_millions"] * 0.05


def analyse_part(work, name, key_file, fold_commit, patch=None):
    """Builds the analyser as it scored this part and returns (file, main move or None, key entry) for each report."""
    tree = work / name
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), f"{fold_commit}^"], cwd=REPO, check=True)
    try:
        if patch is not None:
            applied = subprocess.run(["git", "apply", "--3way", str(patch)], cwd=tree, capture_output=True, text=True)
            if applied.returncode != 0:
                print(f"{name}: the patch does not apply to {fold_commit}^; left out", file=sys.stderr)
                return []
        build = work / f"{name}-build"
        built = subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo", str(tree / "src/RumourBot"), "-o", str(build)],
                               capture_output=True)
        if built.returncode != 0:
            # A patch that uses code the part's analyser did not have yet applies but does not build.
            print(f"{name}: {fold_commit}^ does not build{' with the patch' if patch else ''}; left out", file=sys.stderr)
            return []
        key = json.loads((DEV / key_file).read_text())
        results = []
        for file in sorted(key):
            path = DEV / (file if file.endswith(".txt") else file + ".txt")
            run = subprocess.run(["dotnet", str(build / "RumourBot.dll"), "analyze", str(path), "--json"], capture_output=True, text=True)
            moves = json.loads(run.stdout)["moves"] if run.returncode == 0 else []
            results.append((path, moves[0] if moves else None, key[file]))
        return results
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO, check=False)


def sentence_with(text, fragment):
    start = text.find(fragment)
    if start < 0:
        return ""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", start + len(fragment)), text.find("\n", start)) if i >= 0]
    return text[begin:min(ends) + 1 if ends else len(text)]


PAST = re.compile(r"\b(?:in|since) (?:19|20)\d\d\b|\blast (?:year|summer|season|january|window)\b|\bjoined\b|\bwhen he\b|\bpreviously\b", re.I)
DEED = re.compile(r"\b(?:officially|official|confirmed?|complet(?:ed?|es)|signs?|signed|joins|joined|unveiled|announced?|seal(?:ed|s)|arrived|finali[sz]ed)\b", re.I)


def fee_is_tied(path, move):
    """The 'state less' gate for a fee: its sentence (or the title) names the player and tells no earlier move."""
    text = path.read_text()
    sentence = sentence_with(text, move["fee"]["text"])
    named = move["player"].split()[-1].lower() in sentence.lower() or move["fee"]["text"] in text.split("\n")[0]
    return named and not PAST.search(sentence)


def done_is_told(path, move):
    """The 'state less' gate for done: a sentence naming the player tells a deed (signed, confirmed, completed...)."""
    surname = move["player"].split()[-1].lower()
    return any(DEED.search(s) for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text()) if surname in s.lower())


def main():
    counts = collections.Counter()
    patch = pathlib.Path(sys.argv[sys.argv.index("--patch") + 1]).resolve() if "--patch" in sys.argv else None
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        rows = []
        for name, key_file, commit in PARTS:
            print(f"building and running the analyser of {commit}^ on {name}...", file=sys.stderr)
            rows += [(name,) + row for row in analyse_part(work, name, key_file, commit, patch)]

    if "--dump" in sys.argv:
        # Each report's main move beside its key, for reading the misses of parts that are no longer blind.
        dump = [{"part": part, "file": path.name, "move": move, "key": key} for part, path, move, key in rows]
        pathlib.Path(sys.argv[sys.argv.index("--dump") + 1]).write_text(json.dumps(dump, ensure_ascii=False, indent=1))

    print("| part | reports | player | from | to | fee | status | fee precision |")
    print("|---|---|---|---|---|---|---|---|")
    for part in [p[0] for p in PARTS] + ["all"]:
        chosen = [r for r in rows if part in ("all", r[0])]
        if not chosen:
            continue
        fee = sum(same_fee(m and m["fee"], k["fee"]) for _, _, m, k in chosen)
        status = sum((m["status"] if m else "unknown") == k["status"] for _, _, m, k in chosen)
        player = sum(same_player(m and m["player"], k["player"]) for _, _, m, k in chosen)
        seller = sum(same_club(m and m["from_club"], k["from_club"]) for _, _, m, k in chosen)
        buyer = sum(same_club(m and (m["to_clubs"] or [None])[0], (k["to_clubs"] or [None])[0]) for _, _, m, k in chosen)
        stated = [(m, k) for _, _, m, k in chosen if m and m["fee"]]
        right = sum(same_fee(m["fee"], k["fee"]) for m, k in stated)
        print(f"| {part} | {len(chosen)} | {player / len(chosen):.1%} | {seller / len(chosen):.1%} | {buyer / len(chosen):.1%} | {fee / len(chosen):.1%} | {status / len(chosen):.1%} | {right / len(stated):.1%} ({right}/{len(stated)}) |")

    # What each gate would change: fees withheld that were right (lost), withheld that were wrong where the key has none
    # (gained), and the precision of what is still stated.
    for _, path, move, key in rows:
        if not move or not move["fee"]:
            continue
        right = same_fee(move["fee"], key["fee"])
        tied = fee_is_tied(path, move)
        counts["fee stated"] += 1
        counts["fee kept"] += tied
        counts["fee kept right"] += tied and right
        counts["fee lost"] += (not tied) and right
        counts["fee gained"] += (not tied) and (not right) and key["fee"] is None
    for _, path, move, key in rows:
        if not move or move["status"] != "done":
            continue
        told = done_is_told(path, move)
        counts["done stated"] += 1
        counts["done kept right"] += told and key["status"] == "done"
        counts["done kept"] += told
        counts["done lost"] += (not told) and key["status"] == "done"
        counts["done gained"] += (not told) and key["status"] == "agreed"
    # MoveConfidence.Sure: replies mark a fee or status under it "(unsure)"; this is how often each side was right.
    sure = 0.75
    for field in ("fee", "status"):
        stated = [(m, k) for _, _, m, k in rows if m and (m["fee"] if field == "fee" else m["status"] != "unknown")]
        for side, pick in (("at or over", lambda c: c >= sure), ("under", lambda c: c < sure)):
            group = [(m, k) for m, k in stated if pick(m["confidence"][field])]
            right = sum(same_fee(m["fee"], k["fee"]) if field == "fee" else m["status"] == k["status"] for m, k in group)
            print(f"{field} stated {side} {sure}: {right} right of {len(group)}")

    print()
    print(f"fee gate: keeps {counts['fee kept']} of {counts['fee stated']} stated fees, {counts['fee kept right']} right "
          f"({counts['fee kept right'] / counts['fee kept']:.1%}); loses {counts['fee lost']} right fees, gains {counts['fee gained']}")
    print(f"done gate: keeps {counts['done kept']} of {counts['done stated']} 'done', {counts['done kept right']} right; "
          f"loses {counts['done lost']} right, gains {counts['done gained']} (read as agreed)")


if __name__ == "__main__":
    main()
