-- Vietnamese queries typed without accents, as visitors do. POPULAR (default): 15 queries in turn, as on a portal
-- where a few searches dominate (the result cache answers most). DISTINCT=1: three words out of 30 (27,000 ordered
-- triples), none repeated within a run, so every request is a query the caches have not seen.
local popular = {
  "khoi+nghiep+nong+nghiep", "duoc+lieu", "du+lich+sinh+thai", "chuyen+doi+so+hop+tac+xa", "OCOP",
  "nang+luong+mat+troi", "truy+xuat+nguon+goc", "ho+tro+khoi+nghiep", "cam+bien+IoT", "lao+cai+cong+nghe",
  "giao+duc+vung+cao", "kinh+te+tuan+hoan", "thuong+mai+dien+tu", "logistics+cua+khau", "y+te+tri+tue+nhan+tao"
}
local words = {
  "khoi", "nghiep", "nong", "duoc", "lieu", "du", "lich", "sinh", "thai", "chuyen", "doi", "so", "hop", "tac", "xa",
  "nang", "luong", "truy", "xuat", "cam", "bien", "giao", "duc", "kinh", "te", "thuong", "mai", "logistics", "ho", "tro"
}
local path = os.getenv("SEARCH_PATH") or "/tim-kiem?q="
local distinct = os.getenv("DISTINCT") == "1"
-- Each wrk thread numbers its requests; with DISTINCT the number (offset by the clock, so that a run does not replay
-- the queries its warm-up just put in the application's result cache) walks a permutation of the 27,000 ordered
-- triples, so no query repeats within a run of under 27,000 requests and nearly every one misses the cache.
local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
counter = 0
request = function()
  counter = counter + 1
  local q
  if distinct then
    local n = (((os.time() % 27) * 1000 + counter * 2 + (tid or 0)) * 7919) % 27000
    q = words[(n % 30) + 1] .. "+" .. words[(math.floor(n / 30) % 30) + 1] .. "+" .. words[(math.floor(n / 900) % 30) + 1]
  else
    q = popular[(counter % #popular) + 1]
  end
  return wrk.format("GET", path .. q)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_us=%d p50=%d p95=%d p99=%d errors=%d\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
