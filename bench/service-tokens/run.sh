#!/usr/bin/env bash
# Service token and member JWT versus HTTP Basic (bcrypt cost 10) on GET /api/v1/members/{id}/balances, loopback, one
# run, on PostgreSQL (AEGHASH_TEST_DATABASE_URL, default jdbc:postgresql://localhost:5432/test, user postgres).
# Usage: bench/service-tokens/run.sh [seconds per way and round, default 3] [rounds, default 5] [callers, default 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-3}
rounds=${2:-5}
threads=${3:-2}
./mvnw -q -B test -Dtest=ServiceTokenBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.warmup-seconds="${AEGHASH_BENCH_WARMUP_SECONDS:-10}" -Dbench.seconds="$seconds" -Dbench.rounds="$rounds" -Dbench.threads="$threads" -Daeghash.require-postgres=true \
  | grep '\[service-tokens bench\]'
