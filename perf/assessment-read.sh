#!/usr/bin/env bash
# Issue 15's reproduction: wrk reading one completed assessment through the API at 4, 16 and 64
# keep-alive connections, against a packaged jar on a fresh embedded H2 database.
# Usage: perf/assessment-read.sh path/to/online-lives.jar [label]
# APP_ARGS adds arguments to the application (e.g. a datasource URL without WRITE_DELAY=0).
set -euo pipefail
jar=$(realpath "$1"); label=${2:-run}
h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
dir=$(mktemp -d); port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
cd "$dir"
start() { java -Xmx384m -jar "$jar" --server.port=$port --server.address=127.0.0.1 ${APP_ARGS:-} >app.log 2>&1 & pid=$!
  for _ in $(seq 1 600); do curl -sf http://127.0.0.1:$port/actuator/health >/dev/null && return; sleep 0.5; done; exit 1; }
start; kill $pid; wait $pid || true
secret=olt_wrk$(date +%s%N); hash=$(printf %s "$secret" | sha256sum | cut -d' ' -f1)
java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$dir/data/onlinelives;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -sql "
insert into partnership (name, created_at) values ('Perf', now());
insert into agency (partnership_id, name, type) values (1, 'Perf agency', 'CHILDRENS_SOCIAL_CARE');
insert into app_user (partnership_id, agency_id, email, display_name, password_hash, created_at) values (1, 1, 'perf@example.test', 'Perf', '{noop}x', now());
insert into user_role (user_id, role) values (1, 'PRACTITIONER');
insert into api_token (user_id, partnership_id, name, token_hash, created_at) values (1, 1, 'perf', '$hash', now());" >/dev/null
start
auth="Authorization: Bearer $secret"
person=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -d '{"caseReference":"PERF-1","age":14,"gender":"NOT_KNOWN","referralSource":"SELF"}' http://127.0.0.1:$port/api/v1/young-people | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
assessment=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -d '{"vulnerabilityFactors":["ISOLATED"],"tenCs":{"CONTENT":{"rating":3}},"complete":true}' http://127.0.0.1:$port/api/v1/young-people/$person/assessments | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
url=http://127.0.0.1:$port/api/v1/young-people/$person/assessments/$assessment
wrk -t2 -c4 -d5s -H "$auth" "$url" >/dev/null  # warm-up
for c in 4 16 64; do
  out=$(wrk -t2 -c$c -d10s --timeout 40s --latency -H "$auth" "$url")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}'); total=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$label c=$c requests=$total req/s=$rps p99=$p99 non-2xx=${non2xx:-0}"
done
# API creates per second, 4 clients for 10 s (for the durable-commit cost)
cat > create.lua <<'LUA'
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function() counter = counter + 1
  return wrk.format(nil, nil, nil, '{"caseReference":"W-' .. math.random(1, 1e9) .. '-' .. counter .. '","age":14,"gender":"NOT_KNOWN","referralSource":"SELF"}') end
threads = {}
-- each wrk thread has its own random sequence, so case references do not repeat across threads
setup = function(thread) table.insert(threads, thread); thread:set("id", #threads) end
init = function(args) statuses = {}; math.randomseed(os.time() * 1000 + id) end
response = function(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do for k, v in pairs(t:get("statuses")) do all[k] = (all[k] or 0) + v end end
  for k, v in pairs(all) do io.write("status ", k, ": ", v, "\n") end
end
LUA
out=$(wrk -t2 -c4 -d10s -H "$auth" -s create.lua http://127.0.0.1:$port/api/v1/young-people)
echo "$label creates c=4 req/s=$(echo "$out" | awk '/Requests\/sec/ {print $2}') non-2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}') $(echo "$out" | grep '^status' | tr '\n' ' ')"
grep -E " (WARN|ERROR) " app.log | sed -E 's/^[^ ]+ +//' | cut -c1-200 | sort | uniq -c | sort -rn | head -5 >&2 || true
kill $pid; wait $pid 2>/dev/null || true; rm -rf "$dir"
