-- wrk script for POST /batch_predict with 1,000 deterministic films (half with audience signals).
--   wrk -t1 -c1 -d15s --latency -s bench/batch_predict.lua http://127.0.0.1:8000/batch_predict
local films = {}
for i = 0, 999 do
  local film = string.format('{"runtime": %d, "budget": %d', 80 + i % 90, 1000000 + 250000 * i)
  if i % 2 == 0 then
    film = film .. string.format(', "popularity": %.1f, "vote_avg": %.1f', (i % 50) + 0.5, (i % 11) * 0.9)
  end
  films[#films + 1] = film .. '}'
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = "[" .. table.concat(films, ",") .. "]"
