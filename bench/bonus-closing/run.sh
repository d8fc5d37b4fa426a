#!/usr/bin/env bash
# Bonus closing benchmark: ./bench/bonus-closing/run.sh [entries] [beneficiaries]   (default 1000000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-closing-classes && mkdir -p target/bench-closing-classes
javac -nowarn -d target/bench-closing-classes -cp "$classpath" bench/bonus-closing/src/*.java
exec java -Xmx1536m -cp "target/bench-closing-classes:$classpath" com.aeghash.bonus.internal.BonusClosingBenchmark "$@"
