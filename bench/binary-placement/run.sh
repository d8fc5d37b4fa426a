#!/usr/bin/env bash
# Binary placement benchmark: ./bench/binary-placement/run.sh [sizes...]   (default 10000 100000 1000000)
# Needs PostgreSQL (AEGHASH_TEST_DATABASE_URL, default jdbc:postgresql://localhost:5432/test, user postgres).
set -euo pipefail
exec "$(dirname "$0")/../lib/java-bench.sh" binary-placement 1g com.aeghash.organization.internal.BinaryPlacementBenchmark "$@"
