-- wrk script for scripts/bench-submit.sh: POSTs one survey answer per one-time token.
--
-- Environment (read by every Lua state wrk creates):
--   BENCH_TOKENS   file with one token per line; token i goes to thread (i mod BENCH_THREADS)
--   BENCH_THREADS  the -t given to wrk
--   BENCH_SECONDS  how long to send submissions (the measured window)
--   BENCH_RESULT   file where done() writes the figures as shell assignments
--
-- Why not just wrk's own -d: when wrk's duration ends it drops the requests still in flight,
-- although the server may still store them, so the 200s wrk saw would not match the rows in
-- the database. Instead each connection stops sending after BENCH_SECONDS (it "sends" an
-- empty request and so stays idle), every submission already sent is answered while wrk runs
-- on for a grace period, and the rate is taken over the window from the first request to the
-- last answer (measured here with clock_gettime). The latencies are those of real
-- submissions only: an idle connection never completes a request.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clk_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")
local function now()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

-- Main state: number the threads so that each one takes a disjoint slice of the tokens.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- Thread state from here on.
local tokens = {}
local next_token = 1
local deadline
-- wrk calls request() once on thread 0 before the run, only to check the request it returns;
-- that call must not use up a token or start the clock.
local checked

-- Counters read by done() with thread:get, so they are globals of the thread's state.
sent, ok, conflict, unprocessable, unavailable, other = 0, 0, 0, 0, 0, 0
first_sent, last_answer, ran_out = 0, 0, 0

function init(args)
  local n = tonumber(os.getenv("BENCH_THREADS"))
  local path = os.getenv("BENCH_TOKENS")
  local i = 0
  for line in io.lines(path) do
    if line ~= "" then
      if i % n == id then tokens[#tokens + 1] = line end
      i = i + 1
    end
  end
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  checked = (id ~= 0)
end

-- A valid, varied answer: six 1..5 scores, eNPS on most, a comment on every fifth.
local function body(k)
  local parts = {}
  for j, key in ipairs({ "trust_1", "trust_2", "clarity_1", "clarity_2", "workload_1", "workload_2" }) do
    parts[#parts + 1] = key .. "=" .. ((k + j) % 5 + 1)
  end
  if k % 4 ~= 0 then parts[#parts + 1] = "enps=" .. (k % 11) end
  if k % 5 == 0 then parts[#parts + 1] = "comment=More+focus+time+please%2C+fewer+meetings." end
  return table.concat(parts, "&")
end

-- Once this thread stopped sending and every submission it sent has its answer, it is done:
-- stopping it then also keeps the idle connections from being closed by the server's
-- keep-alive timeout, which wrk would count as read errors.
local function idle()
  if ok + conflict + unprocessable + unavailable + other == sent then wrk.thread:stop() end
  return ""
end

function request()
  if not checked then
    checked = true
    return wrk.format("POST", "/p/check", nil, body(0))
  end
  local t = now()
  if deadline == nil then
    deadline = t + tonumber(os.getenv("BENCH_SECONDS"))
    first_sent = t
  end
  if t >= deadline then return idle() end
  local token = tokens[next_token]
  if token == nil then
    ran_out = 1
    return idle()
  end
  local k = next_token
  next_token = next_token + 1
  sent = sent + 1
  return wrk.format("POST", "/p/" .. token, nil, body(k))
end

function response(status, headers, body)
  last_answer = now()
  if status == 200 then ok = ok + 1
  elseif status == 409 then conflict = conflict + 1
  elseif status == 422 then unprocessable = unprocessable + 1
  elseif status == 503 then unavailable = unavailable + 1
  else other = other + 1 end
  if deadline ~= nil and (last_answer >= deadline or ran_out == 1) then
    if ok + conflict + unprocessable + unavailable + other == sent then wrk.thread:stop() end
  end
end

-- Main state again, after all threads stopped.
function done(summary, latency, requests)
  local t = { sent = 0, ok = 0, conflict = 0, unprocessable = 0, unavailable = 0, other = 0, ran_out = 0 }
  local first, last = math.huge, 0
  for _, thread in ipairs(threads) do
    for key, _ in pairs(t) do t[key] = t[key] + thread:get(key) end
    local f, l = thread:get("first_sent"), thread:get("last_answer")
    if f > 0 and f < first then first = f end
    if l > last then last = l end
  end
  local window = last - first
  local answered = t.ok + t.conflict + t.unprocessable + t.unavailable + t.other
  local e = summary.errors
  local out = assert(io.open(os.getenv("BENCH_RESULT"), "w"))
  local function put(key, value) out:write(string.format("%s=%s\n", key, value)) end
  put("sent", t.sent)
  put("answered", answered)
  put("ok", t.ok)
  put("conflict", t.conflict)
  put("unprocessable", t.unprocessable)
  put("unavailable", t.unavailable)
  put("other", t.other)
  put("ran_out", t.ran_out)
  put("window", string.format("%.2f", window))
  put("req_rate", string.format("%.1f", window > 0 and answered / window or 0))
  put("rate", string.format("%.1f", window > 0 and t.ok / window or 0))
  put("p50_ms", string.format("%.1f", latency:percentile(50) / 1000))
  put("p90_ms", string.format("%.1f", latency:percentile(90) / 1000))
  put("p99_ms", string.format("%.1f", latency:percentile(99) / 1000))
  put("max_ms", string.format("%.1f", latency.max / 1000))
  put("socket_errors", e.connect + e.read + e.write + e.timeout)
  put("socket_errors_detail", string.format("'connect %d, read %d, write %d, timeout %d'",
    e.connect, e.read, e.write, e.timeout))
  out:close()
end
