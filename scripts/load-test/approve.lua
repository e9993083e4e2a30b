-- Approves letters: each request takes the next letter id of $LOAD_IDS (one id per line). The threads
-- take ids in turn (thread k: ids k, k+n, k+2n, ...), so no letter is approved twice while ids last;
-- once a thread runs out it starts again, and those repeats answer 409 (counted as non-2xx).
local threads_started = 0

function setup(thread)
  threads_started = threads_started + 1
  thread:set("first", threads_started)
end

function init(args)
  ids = {}
  for line in io.lines(os.getenv("LOAD_IDS")) do
    if line ~= "" then ids[#ids + 1] = line end
  end
  stride = tonumber(os.getenv("LOAD_THREADS"))
  index = first
  body = '{"decision":"approve","redactions":[]}'
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("LOAD_AUTH") }
end

function request()
  if index > #ids then index = first end
  local id = ids[index]
  index = index + stride
  return wrk.format("POST", "/api/v1/letters/" .. id .. "/reviews", headers, body)
end
