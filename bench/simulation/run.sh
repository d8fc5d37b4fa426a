#!/usr/bin/env bash
# Seeded simulation for as long as asked (docs/simulation.md):
#   ./bench/simulation/run.sh [seconds=600] [H2|POSTGRES=H2] [first seed=1] [steps per seed=200] [restarts=false] [instances=1]
# Prints steps/s, seeds run and failures after every seed; a failure prints its seed and shrunk operation list.
# Exit status 1 when any seed failed. PostgreSQL: AEGHASH_TEST_DATABASE_URL (default localhost:5432/test).
set -euo pipefail
exec "$(dirname "$0")/../lib/java-bench.sh" simulation 1536m com.aeghash.simulation.SimulationBench \
  "${1:-600}" "${2:-H2}" "${3:-1}" "${4:-200}" "${5:-false}" "${6:-1}"
