#!/usr/bin/env python3
"""Judges several variants of one change on held-out text with one build per part.

held_out.py builds each folded part's analyser (the code that scored it blind) once per run. To compare variants of a
change, write them all into one change, each switched on by a value of an environment variable the change reads
(`if (Environment.GetEnvironmentVariable("STX") == "2") ...`), and this script builds each part's analyser with that
change once and runs every variant over the part:

    python3 tools/held-out/variants.py CHANGE VARIABLE ",1,2,3" [--parts Blind5,Blind6] [--dump rows.json]

CHANGE is a patch (`git diff -- src > change.patch`, applied with `git apply --3way`) or a Python edit script (`*.py`,
run in the part's worktree root: replace an anchor line the old code also has, when a patch's context no longer
matches it). The empty value in the list is the variable unset: the change's default. One line per variant: player,
from, to, fee and status right (held_out.py's rules) and fee precision.
Builds are kept in /tmp/held-out-variants/<change name>/ so a second run with more values rebuilds nothing; delete the
folder after changing CHANGE. Only the standard library; needs git and the .NET SDK.
"""
import collections
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys

import held_out

BUILDS = pathlib.Path("/tmp/held-out-variants")


def build_part(change, name, fold_commit, out):
    """Builds the analyser that scored this part blind, with the change applied; False when it does not apply or build."""
    if (out / "RumourBot.dll").exists():
        return True
    tree = pathlib.Path(f"/tmp/held-out-variants-tree-{name}")
    subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=held_out.REPO, capture_output=True)
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), f"{fold_commit}^"], cwd=held_out.REPO, check=True)
    try:
        command = ["python3", str(change)] if change.suffix == ".py" else ["git", "apply", "--3way", str(change)]
        if subprocess.run(command, cwd=tree, capture_output=True).returncode != 0:
            print(f"{name}: the change does not apply to {fold_commit}^; left out", file=sys.stderr)
            return False
        built = subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo", str(tree / "src/RumourBot"), "-o", str(out)], capture_output=True)
        if built.returncode != 0:
            print(f"{name}: {fold_commit}^ does not build with the change; left out", file=sys.stderr)
            return False
        return True
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=held_out.REPO, capture_output=True)


def main_move(build, path, variable, value):
    environment = dict(os.environ, **{variable: value})
    run = subprocess.run(["dotnet", str(build / "RumourBot.dll"), "analyze", str(path), "--json"], capture_output=True, text=True, env=environment)
    moves = json.loads(run.stdout)["moves"] if run.returncode == 0 else []
    return moves[0] if moves else None


def summary(rows):
    counts = collections.Counter()
    stated = right = 0
    for _, _, move, key in rows:
        move = move or {}
        counts["player"] += held_out.same_player(move.get("player"), key["player"])
        counts["from"] += held_out.same_club(move.get("from_club"), key["from_club"])
        counts["to"] += held_out.same_club((move.get("to_clubs") or [None])[0], (key["to_clubs"] or [None])[0])
        counts["fee"] += held_out.same_fee(move.get("fee"), key["fee"])
        counts["status"] += (move.get("status") or "unknown") == key["status"]
        if move.get("fee"):
            stated += 1
            right += held_out.same_fee(move["fee"], key["fee"])
    fields = " ".join(f"{field} {counts[field] / len(rows):.1%}" for field in ("player", "from", "to", "fee", "status"))
    return f"{len(rows)} reports: {fields}, fee precision {right}/{stated}"


def main():
    change, variable, values = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3].split(",")
    wanted = sys.argv[sys.argv.index("--parts") + 1].split(",") if "--parts" in sys.argv else None
    parts = [p for p in held_out.PARTS if wanted is None or p[0] in wanted]
    builds = {}
    for name, _, commit in parts:
        out = BUILDS / change.stem / name
        print(f"building the analyser of {commit}^ for {name}...", file=sys.stderr)
        if build_part(change, name, commit, out):
            builds[name] = out
    dump = {}
    for value in values:
        rows = []
        for name, key_file, _ in parts:
            if name not in builds:
                continue
            key = json.loads((held_out.DEV / key_file).read_text())
            files = sorted(key)
            paths = [held_out.DEV / (f if f.endswith(".txt") else f + ".txt") for f in files]
            with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
                moves = list(pool.map(lambda p: main_move(builds[name], p, variable, value), paths))
            rows += [(name, f, m, key[f]) for f, m in zip(files, moves)]
        if not rows:
            print("no part could be built with the change", file=sys.stderr)
            return 1
        print(f"{variable}={value or '(unset)'}: {summary(rows)}", flush=True)
        dump[value] = [{"part": p, "file": f, "move": m, "key": k} for p, f, m, k in rows]
    if "--dump" in sys.argv:
        pathlib.Path(sys.argv[sys.argv.index("--dump") + 1]).write_text(json.dumps(dump, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
