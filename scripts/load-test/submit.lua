-- Submits letters as several writers in turn: $LOAD_WRITERS holds lines "TOKEN PAIRING_ID" (a
-- participant's bearer token and their pairing), $LOAD_BODY the JSON body. Spreading the letters over
-- several pairings keeps each pairing's history (which every submission's rule check reads) closer to
-- what a real pairing holds.
function init(args)
  writers = {}
  for line in io.lines(os.getenv("LOAD_WRITERS")) do
    local token, pairing = line:match("^(%S+)%s+(%S+)$")
    if token then writers[#writers + 1] = { token = token, pairing = pairing } end
  end
  body = os.getenv("LOAD_BODY")
  turn = 0
end

function request()
  turn = turn % #writers + 1
  local writer = writers[turn]
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. writer.token }
  return wrk.format("POST", "/api/v1/pairings/" .. writer.pairing .. "/letters", headers, body)
end
