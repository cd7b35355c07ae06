#!/bin/sh
# The callgrind profiles of PROFILE.md: instruction counts, which do not
# depend on the machine's load. Run from the repository root after
# `python3 benches/tools/peer/run.py` has built target/peer and written the
# name lists and the English text (a run with --rounds 1 --max-bytes 1 will do).
#
#     sh benches/tools/peer/profile.sh            # -> target/profile/*.out, *.txt
#     ONLY=d sh benches/tools/peer/profile.sh     # only the runs whose name starts with d
#
# Each run builds the engine, then scans one text once: only the scan is
# counted (--toggle-collect on the never-inlined gazner_peer::scan_texts).
# callgrind_lines.py then sums the instructions by source function, inlined
# code included.
set -eu
ONLY=${ONLY:-}
PEER=target/peer/release/peer
DATA=target/bench-data/peer
EN=$(ls $DATA/news-en-x*.txt | head -n 1)
FR=${FRENCH:-../shared/corpus/assemblee-nationale-2013-fr.txt}
OUT=target/profile
mkdir -p $OUT

# profile NAME [valgrind_cache] COMMAND...
profile() {
    name=$1
    shift
    case "$name" in $ONLY*) ;; *) return 0 ;; esac
    cache=
    if [ "$1" = valgrind_cache ]; then
        cache=--cache-sim=yes
        shift
    fi
    valgrind --tool=callgrind $cache --collect-atstart=no --toggle-collect='*scan_texts*' \
        --callgrind-out-file=$OUT/$name.out "$@" >$OUT/$name.json 2>$OUT/$name.log
    python3 benches/tools/peer/callgrind_lines.py $OUT/$name.out >$OUT/$name.txt
    echo "$name: $(cat $OUT/$name.json)"
}

# (a) 513 English country names on ASCII English, 2 MB.
profile a-gazner-513-en $PEER gazner --names $DATA/names-513.txt --kind country --text en=$EN --max-bytes 2000000
profile a-naive-513-en $PEER naive --names $DATA/names-513.txt --text en=$EN --max-bytes 2000000
# The defaults (the embedded gazetteers, a contiguous NFA) on the same text.
profile a-gazner-defaults-en $PEER gazner --defaults --text en=$EN --max-bytes 2000000
# (b) the defaults on the French debates, first 1 MB; the 513 names there too.
profile b-gazner-defaults-fr $PEER gazner --defaults --text fr=$FR --max-bytes 1000000
profile b-gazner-513-fr $PEER gazner --names $DATA/names-513.txt --kind country --text fr=$FR --max-bytes 1000000
profile b-naive-513-fr $PEER naive --names $DATA/names-513.txt --text fr=$FR --max-bytes 1000000
# (c) 100k GeoNames names on English, 2 MB (1M takes too long to build under callgrind).
profile c-gazner-100k-en $PEER gazner --names $DATA/names-100k.txt --text en=$EN --max-bytes 2000000
profile c-naive-100k-en $PEER naive --names $DATA/names-100k.txt --text en=$EN --max-bytes 2000000
# (d) 1M GeoNames names on English, 1 MB, with the cache simulator (D1 and LL
# misses: the anchored walks of a big automaton wait on memory, which the
# instruction count alone does not show). Slow: the 1M build runs under
# valgrind (20-30 minutes on a quiet machine; ONLY=a, ONLY=b... skip it).
# The naive loop's 1M build is left out: its 100k build alone took 320 s
# under callgrind.
profile d-gazner-1m-en valgrind_cache $PEER gazner --names $DATA/names-1M.txt --text en=$EN --max-bytes 1000000
profile d-gazner-100k-en valgrind_cache $PEER gazner --names $DATA/names-100k.txt --text en=$EN --max-bytes 1000000
profile d-naive-100k-en valgrind_cache $PEER naive --names $DATA/names-100k.txt --text en=$EN --max-bytes 1000000
