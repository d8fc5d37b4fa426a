#!/usr/bin/env bash
# Daily mining ETL benchmark on PostgreSQL (AEGHASH_TEST_DATABASE_URL, default jdbc:postgresql://localhost:5432/test,
# user postgres). Usage: bench/mining-etl/run.sh [members, default 100000] [chunk size, default 5000]
set -euo pipefail
cd "$(dirname "$0")/../.."
members=${1:-100000}
chunk=${2:-5000}
./mvnw -q -B test -Dtest=DailyRunBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.members="$members" -Dbench.chunk="$chunk" -Daeghash.require-postgres=true \
  | grep '\[mining-etl bench\]'
