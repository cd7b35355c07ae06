#!/usr/bin/env python3
"""Regenerate every gazetteer file (deterministically) and check them.

    pip install -r gazetteers/requirements.txt
    python3 gazetteers/build/build_all.py

Reads ../shared/data beside the repository root (or $GAZNER_SHARED)."""
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# order matters: institutions and people avoid the names of the kinds before
# them; build_hidden reads the three default files to check its shields
for step in ["build_countries", "build_institutions", "build_people", "build_demonyms",
             "build_hidden"]:
    if (HERE / f"{step}.py").exists():
        print(f"== {step}")
        runpy.run_path(str(HERE / f"{step}.py"), run_name="__main__")

rc = 0
for check in ["check.py", "check_seed.py"]:
    print(f"== {check}")
    r = subprocess.run([sys.executable, str(HERE.parent / check)])
    rc = rc or r.returncode
sys.exit(rc)
