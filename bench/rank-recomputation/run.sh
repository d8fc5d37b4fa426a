#!/usr/bin/env bash
# Rank recomputation benchmark: ./bench/rank-recomputation/run.sh [members]   (default 1000000)
# Needs PostgreSQL (AEGHASH_TEST_DATABASE_URL, default jdbc:postgresql://localhost:5432/test, user postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "$classpath" bench/rank-recomputation/src/*.java
exec java -Xmx1g -cp "target/bench-classes:$classpath" com.aeghash.rank.internal.RankRecomputationBenchmark "$@"
