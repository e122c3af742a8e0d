-- wrk script for the vote load (run by org.hlc.bench.VoteLoad with -Dbench.generator=wrk): one wrk thread, one
-- closed-loop client per connection, each vote from a plan written by VoteLoad (the same voters, Zipf skew and client
-- addresses as its Java clients), so the generator costs a fraction of the Java one's CPU on the shared cores.
-- Args: plan tokens edition seconds rate acks
--   plan: "tokenIndex entryId address" per line (address "-": none); consecutive votes of one voter are one lap of all
--         connections apart, as one Java client casts a voter's ballots one after the other
--   tokens: a bearer token per line; seconds: send no vote after this long; rate: votes/s for all connections
--   together (0: as fast as the responses come back); acks: file for the monotonic time of every 201, in order
-- Ends itself once every vote sent has its response (wrk's own -d would drop the ones in flight, and the tally check
-- must know every accepted vote); prints key=value figures.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } hlc_timespec;
  int clock_gettime(int clock, hlc_timespec *tp);
  int getpid(void);
  int kill(int pid, int signal);
]]
local timespec = ffi.new("hlc_timespec")
local function now_ns() -- CLOCK_MONOTONIC: the clock of Java's System.nanoTime() on Linux
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) * 1e9 + tonumber(timespec.tv_nsec)
end

local tokens, token_of, entry_of, address_of = {}, {}, {}, {}
local path_prefix, host, acks_file
local next_vote, reserved, answered = 1, 0, 0
local deadline, interval, next_slot = 0, 0, 0
local acks = {}
-- globals: what done() reads from the thread with thread:get
accepted, rejected, started, finished, statuses, exhausted = 0, 0, 0, 0, {}, false

function init(args)
  for line in io.lines(args[2]) do tokens[#tokens + 1] = line end
  for line in io.lines(args[1]) do
    local token, entry, address = line:match("^(%d+) (%S+) (%S+)$")
    token_of[#token_of + 1] = tonumber(token) + 1
    entry_of[#entry_of + 1] = entry
    address_of[#address_of + 1] = address ~= "-" and address or nil
  end
  path_prefix = "/editions/" .. args[3] .. "/votes"
  host = wrk.host .. ":" .. wrk.port
  local rate = tonumber(args[5])
  interval = rate > 0 and 1e9 / rate or 0
  acks_file = args[6]
  started = now_ns()
  deadline = started + tonumber(args[4]) * 1e9
end

-- ms before the next request of a connection: pacing, and after the deadline (or the plan's end) a pause longer
-- than any run, so that no vote is sent while the ones in flight are answered
function delay()
  local now = now_ns()
  if now >= deadline or reserved >= #token_of then
    exhausted = exhausted or now < deadline
    return 3600 * 1000
  end
  reserved = reserved + 1 -- request() follows, after the pause returned here
  if interval == 0 then return 0 end
  next_slot = math.max(next_slot, now) + interval
  return math.max(0, math.floor((next_slot - interval - now) / 1e6))
end

local function vote(i)
  local body = '{"entryId":"' .. entry_of[i] .. '"}'
  local forwarded = address_of[i] and ("X-Forwarded-For: " .. address_of[i] .. "\r\n") or ""
  return "POST " .. path_prefix .. " HTTP/1.1\r\nHost: " .. host .. "\r\nAuthorization: Bearer " ..
      tokens[token_of[i]] .. "\r\nContent-Type: application/json\r\n" .. forwarded .. "Content-Length: " ..
      #body .. "\r\n\r\n" .. body
end

function request()
  if reserved < next_vote then
    return vote(1) -- wrk builds one request per thread before the first delay() and never sends it
  end
  next_vote = next_vote + 1
  return vote(next_vote - 1)
end

function response(status)
  answered = answered + 1
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    accepted = accepted + 1
    acks[accepted] = now_ns()
  else
    rejected = rejected + 1
  end
  if answered == reserved and (now_ns() >= deadline or reserved >= #token_of) then
    finished = now_ns()
    local out = io.open(acks_file, "w")
    for n = 1, accepted do out:write(string.format("%d\n", acks[n])) end
    out:close()
    wrk.thread:stop()
    ffi.C.kill(ffi.C.getpid(), 2) -- SIGINT ends wrk's sleep through -d: it prints its summary and exits now
  end
end

local threads = {}
function setup(thread) threads[#threads + 1] = thread end

function done(summary, latency)
  local t = threads[1]
  local codes = {}
  for status, count in pairs(t:get("statuses")) do codes[#codes + 1] = status .. "=" .. count end
  local elapsed = (t:get("finished") - t:get("started")) / 1e9
  io.write(string.format("wrk_votes_accepted=%d\nwrk_votes_rejected=%d\nwrk_statuses={%s}\n", t:get("accepted"),
    t:get("rejected"), table.concat(codes, ", ")))
  io.write(string.format("wrk_elapsed_s=%.3f\nwrk_started_ns=%d\nwrk_finished_ns=%d\n", elapsed, t:get("started"),
    t:get("finished")))
  io.write(string.format("wrk_vote_p50_ms=%.1f\nwrk_vote_p99_ms=%.1f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
  io.write(string.format("wrk_socket_errors=%d\nwrk_plan_exhausted=%s\n", summary.errors.connect +
    summary.errors.read + summary.errors.write + summary.errors.timeout, tostring(t:get("exhausted"))))
end
