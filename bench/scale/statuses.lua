-- wrk: percentiles (microseconds), request count, and every answer counted by status code over all threads, so that
-- a signed-in page answering 302 (to the sign-in page) is seen as a failure, not as a fast success.
-- SESSIONS (environment, comma-separated session ids): each request carries the next one's cookie, so that the
-- signed-in load comes from many users as it would, not from one session all connections share.
local threads = {}
local sessions = {}
for id in string.gmatch(os.getenv("SESSIONS") or "", "[^,]+") do
  table.insert(sessions, id)
end
local next_session = 0

if #sessions > 0 then
  request = function()
    next_session = next_session % #sessions + 1
    return wrk.format("GET", nil, { Cookie = "SESSION=" .. sessions[next_session] })
  end
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do
      all[code] = (all[code] or 0) + n
    end
  end
  local codes = {}
  for code, n in pairs(all) do
    table.insert(codes, code .. ":" .. n)
  end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d socket_errors=%d p50=%d p99=%d statuses=%s\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), table.concat(codes, ",")))
end
