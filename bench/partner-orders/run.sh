#!/usr/bin/env bash
# Partner order ingestion benchmark: builds the service, starts it on PostgreSQL with a benchmark partner,
# runs the Java load generator (8 concurrent signed orders: hot tree, then cold trees; then the floor, pgbench with
# floor.sql, on the same server) and stops the service. Its last three lines: hot/cold, cold/floor, p99. See README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${BENCH_DURATION_SECONDS:-30}"
WARMUP="${BENCH_WARMUP_SECONDS:-30}"
POOL_SIZE="${BENCH_POOL_SIZE:-20}"   # the service's default DATABASE_POOL_SIZE
CONNECTIONS="${BENCH_CONNECTIONS:-8}"   # concurrent requests (and the floor's pgbench clients)
PORT="${BENCH_PORT:-18084}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-postgres}"
SERVICE_DB="${BENCH_SERVICE_DB:-aeghash_bench}"
PGBENCH_DB="${BENCH_PGBENCH_DB:-aeghash_pgbench}"
KEY="bench-key-0001"
SECRET="bench-secret-$(openssl rand -hex 24)"
ADMIN_PASSWORD="bench-root-$(openssl rand -hex 12)"   # never containing the user name "admin"
WORK="bench/partner-orders/target"
mkdir -p "$WORK"

for tool in psql pgbench java openssl curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -d postgres)
"${PSQL[@]}" -c "SELECT 1" >/dev/null || { echo "PostgreSQL is not reachable at $PG_HOST:$PG_PORT" >&2; exit 1; }

echo "databases: $SERVICE_DB (service, recreated) and $PGBENCH_DB (pgbench, recreated)"
for database in "$SERVICE_DB" "$PGBENCH_DB"; do
  "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
done

if [ -n "${BENCH_JAR:-}" ]; then
  JAR="$BENCH_JAR"   # another build of the service, e.g. to measure before and after a change in one session
else
  echo "building the service jar"
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/aeghash-platform-*.jar | grep -v '\.original$' | head -1)
fi

echo "starting $JAR on port $PORT with $POOL_SIZE database connections (log: $WORK/service.log)"
DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$SERVICE_DB" DATABASE_USERNAME="$PG_USER" DATABASE_PASSWORD="" \
DATABASE_POOL_SIZE="$POOL_SIZE" \
PORT="$PORT" AEGHASH_ADMIN_PASSWORD="$ADMIN_PASSWORD" AEGHASH_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
AEGMALL_BENCH_KEY="$KEY" AEGMALL_BENCH_SECRET="$SECRET" AEGMALL_BENCH_ALLOWED_IPS="127.0.0.1/32,::1/128" \
AEGMALL_BENCH_RATE_LIMIT_PER_SECOND=1000000 AEGMALL_BENCH_ORDER_TOTAL_MAX=1000000000 \
AEGMALL_BENCH_ORDER_PV_MAX=1000000000 AEGMALL_BENCH_HASHPOWER_MAX=1000000000 \
  java -jar "$JAR" --logging.level.root=WARN >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
trap 'kill "$SERVICE_PID" 2>/dev/null; wait "$SERVICE_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped; see $WORK/service.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { echo "the service did not become ready" >&2; exit 1; }

java bench/partner-orders/PartnerOrderBench.java \
  --base-url "http://127.0.0.1:$PORT" --key "$KEY" --secret "$SECRET" --admin-password "$ADMIN_PASSWORD" \
  --duration "$DURATION" --warmup "$WARMUP" --concurrency "$CONNECTIONS" --pgbench-db "$PGBENCH_DB" \
  --pg-host "$PG_HOST" --pg-port "$PG_PORT" --pg-user "$PG_USER"
