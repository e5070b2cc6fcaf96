-- wrk script: sends the session cookie (and optional bearer token, method, body) and prints one
-- machine-readable line at the end, which perf/run reads. Settings come from the environment.
local cookie = os.getenv("PERF_COOKIE")
local token = os.getenv("PERF_TOKEN")
local method = os.getenv("PERF_METHOD")
local body = os.getenv("PERF_BODY")
local ctype = os.getenv("PERF_CONTENT_TYPE")

wrk.headers["Accept"] = os.getenv("PERF_ACCEPT") or "text/html"
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
if method and method ~= "" then wrk.method = method end
if body and body ~= "" then wrk.body = body end
if ctype and ctype ~= "" then wrk.headers["Content-Type"] = ctype end

local threads = {}
local run = os.getenv("PERF_RUN") or "0"

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- A body with {n} in it (an API create) gets a value unique to this run, thread and request.
if body and body:find("{n}", 1, true) then
  local counter = 0
  function request()
    counter = counter + 1
    return wrk.format(nil, nil, nil, body:gsub("{n}", run .. "-" .. tostring(id) .. "-" .. counter))
  end
end

local bad = 0
function response(status, headers, body)
  if status >= 400 or (status >= 300 and status < 400 and method ~= "POST") then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  local bad_total = 0
  for _, t in ipairs(threads) do bad_total = bad_total + (t:get("bad") or 0) end
  io.write(string.format("PERF requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f errors=%d bad=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, bad_total))
end
