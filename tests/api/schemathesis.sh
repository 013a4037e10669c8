#!/usr/bin/env bash
# Checks the platform's OpenAPI document against the running platform with
# schemathesis (every check): a fresh SQLite platform on loopback, a staff
# device enrolled with the `pledge` command (its token for the calls that
# need one). Usage: tests/api/schemathesis.sh BIN_DIR ST_BINARY [EXAMPLES]
set -euo pipefail
bin="$1"; st="$2"; examples="${3:-50}"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin/pledge-server" event create --data "$work/server" --id api-check --name "API check" > "$work/event.json"
"$bin/pledge-server" serve --data "$work/server" --listen 127.0.0.1:0 \
  --rate-per-second 100000 --rate-burst 100000 \
  --enrol-burst-per-address 100000 --anonymous-burst-per-address 100000 > "$work/server.out" 2> "$work/server.log" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/server.out" ] && break; sleep 0.1; done
url=$(sed -n '1s/^listening on //p' "$work/server.out")
export PLEDGE_DESK_DATA_DIR="$work/desk"
"$bin/pledge" event set --id api-check --name "API check" > /dev/null
python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["staff_code"])' "$work/event.json" \
  | "$bin/pledge" enroll --server "$url" > /dev/null
token=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(
  "SELECT value FROM settings WHERE key = '"'"'sync.device_token'"'"'").fetchone()[0])' \
  "$work/desk/pledge-desk.sqlite3")
"$st" --config-file "$(dirname "$0")/schemathesis.toml" run "$url/v1/openapi.json" --checks all --max-examples "$examples" --no-color \
  -H "Authorization: Bearer $token"
