#!/usr/bin/env bash
# Compiles a benchmark's sources against the application's classes and test classes and runs its main class.
# Usage (from a bench/<name>/run.sh): bench/lib/java-bench.sh <name> <heap, e.g. 1g> <main class> [arguments...]
set -euo pipefail
cd "$(dirname "$0")/../.."
name=$1 heap=$2 main=$3
shift 3
./mvnw -q -B -DskipTests process-test-classes
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
classes="target/bench-classes-$name"
rm -rf "$classes" && mkdir -p "$classes"
javac -nowarn -d "$classes" -cp "$classpath" "bench/$name"/src/*.java
exec java "-Xmx$heap" -cp "$classes:$classpath" "$main" "$@"
