#!/usr/bin/env bash
# Bonus closing benchmark: ./bench/bonus-closing/run.sh [entries] [beneficiaries] [workers]   (default 1000000 100000 1)
set -euo pipefail
exec "$(dirname "$0")/../lib/java-bench.sh" bonus-closing 1536m com.aeghash.bonus.internal.BonusClosingBenchmark "$@"
