-- wrk script for POST /predict with the reference API's example request.
--   wrk -t2 -c16 -d15s --latency -s bench/predict.lua http://127.0.0.1:8000/predict
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"runtime": 120, "popularity": 50.5, "vote_avg": 7.2, "budget": 100000000}'
