-- One wrk script for every benchmark: BENCH_METHOD, BENCH_PATHS (file, one path per line),
-- BENCH_AUTH (file, one "Header: value" line per member) and BENCH_BODY choose what is sent.
-- Each request picks a random member and a random path, so caches and indexes see real variety.
local paths, auths = {}, {}
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")

local function lines(file)
  local result = {}
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then table.insert(result, line) end
    end
  end
  return result
end

function init(args)
  paths = lines(os.getenv("BENCH_PATHS"))
  auths = lines(os.getenv("BENCH_AUTH"))
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local headers = { ["Accept"] = "application/json, text/html" }
  if #auths > 0 then
    local name, value = auths[math.random(#auths)]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  local payload = nil
  if body then
    headers["Content-Type"] = "application/json"
    payload = body:gsub("{n}", tostring(math.random(1000000000)))
  end
  return wrk.format(method, paths[math.random(#paths)], headers, payload)
end

-- Answers other than 2xx/3xx and socket errors, so a benchmark of error pages cannot pass for a fast one.
function done(summary, latency, requests)
  io.write(string.format("BENCH-ERRORS %d\n", summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
