#!/usr/bin/env bash
# Member statement benchmark on PostgreSQL: seeds POSTINGS ledger postings set-based into a database of its own
# (bench_statements, created here and dropped at the end), then times a statement's first page, a deep page and a
# balance at a point in time of one heavy member through the SQL of JdbcStatementRepository.
# Usage: bench/statements/run.sh [postings, default 1000000] [keep: leave the database for inspection]
# PostgreSQL at PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres), trust or PGPASSWORD.
set -euo pipefail
cd "$(dirname "$0")/../.."
postings=${1:-1000000}
keep=${2:-}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=bench_statements
here=bench/statements
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
stamp() { echo "[statements bench] $(date -u +%H:%M:%S) $*"; }

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
cleanup() { [ -n "$keep" ] || psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"; }
trap cleanup EXIT

stamp "schema: the application's migrations, in version order (db/migration and db/vendor/postgresql)"
for file in $(ls src/main/resources/db/migration/*.sql src/main/resources/db/vendor/postgresql/*.sql \
              | awk -F/ '{ v=$NF; sub(/^V/, "", v); sub(/__.*/, "", v); print v, $0 }' | sort -n | cut -d' ' -f2); do
  psql_db -f "$file" > /dev/null
done

stamp "seeding $postings postings"
start=$(date +%s)
psql_db -v postings="$postings" -f "$here/seed.sql"
stamp "seeded in $(( $(date +%s) - start )) s"
psql_db -c "SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size,
                   (SELECT COUNT(*) FROM ledger_postings) AS postings,
                   (SELECT COUNT(*) FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id
                    WHERE a.owner_id = 'heavy') AS heavy_member_postings"

stamp "measuring"
psql_db -f "$here/measure.sql"
