#!/usr/bin/env bash
# Bonus reports benchmark: ./bench/bonus-reports/run.sh [entries] [beneficiaries] [with-index|without-index]
# (default 1000000 100000 with-index)
set -euo pipefail
exec "$(dirname "$0")/../lib/java-bench.sh" bonus-reports 1536m com.aeghash.bonus.internal.BonusReportsBenchmark "$@"
