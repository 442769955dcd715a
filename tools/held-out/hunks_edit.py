#!/usr/bin/env python3
"""An edit script for variants.py that applies a patch hunk by hunk wherever an old analyser has the hunk's lines.

A round's patch to today's code rarely applies whole to an older part's analyser (`git apply --3way` refuses it when one
hunk's context has drifted). This applies each hunk whose old lines appear exactly once in the file and leaves out the
rest, writing which hunks were applied to /tmp/hunks-applied-<worktree>.txt, so a part is judged on what reached it:

    git diff START HEAD -- src > /tmp/round.patch
    HUNKS_PATCH=/tmp/round.patch python3 tools/held-out/variants.py tools/held-out/hunks_edit.py NONE "" --dump rows.json

A part whose analyser no longer builds with a partial change is left out by variants.py. Only the standard library.
"""
import os
import pathlib
import re

patch = pathlib.Path(os.environ["HUNKS_PATCH"]).read_text()
applied = []
for file_diff in re.split(r"^diff --git ", patch, flags=re.M)[1:]:
    path = pathlib.Path(re.search(r"^\+\+\+ b/(.*)$", file_diff, re.M).group(1))
    if not path.exists():
        applied.append(f"{path.name} absent")
        continue
    text = path.read_text()
    for hunk in re.split(r"^@@.*$", file_diff, flags=re.M)[1:]:
        old, new = [], []
        for line in hunk.split("\n"):
            if line.startswith("-"):
                old.append(line[1:])
            elif line.startswith("+"):
                new.append(line[1:])
            elif line.startswith(" "):
                old.append(line[1:])
                new.append(line[1:])
        before, after = "\n".join(old), "\n".join(new)
        if text.count(before) == 1:
            text = text.replace(before, after)
            applied.append(f"{path.name} applied")
        else:
            applied.append(f"{path.name} left out")
    path.write_text(text)
pathlib.Path(f"/tmp/hunks-applied-{pathlib.Path.cwd().name}.txt").write_text("\n".join(applied) + "\n")
