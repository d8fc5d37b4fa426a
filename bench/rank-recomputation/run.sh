#!/usr/bin/env bash
# Rank recomputation benchmark: ./bench/rank-recomputation/run.sh [members]   (default 1000000)
# Needs PostgreSQL (AEGHASH_TEST_DATABASE_URL, default jdbc:postgresql://localhost:5432/test, user postgres).
set -euo pipefail
exec "$(dirname "$0")/../lib/java-bench.sh" rank-recomputation 1g com.aeghash.rank.internal.RankRecomputationBenchmark "$@"
