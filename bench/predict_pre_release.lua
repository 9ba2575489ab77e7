-- wrk script for POST /predict with a richer pre-release request (dates, genres, people, companies).
--   wrk -t2 -c16 -d15s --latency -s bench/predict_pre_release.lua http://127.0.0.1:8000/predict
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"runtime": 136, "budget": 200000000, "title": "Avengers: Secret Wars", "release_date": "2027-05-07",'
  .. ' "genres": ["Action", "Adventure", "Science Fiction"], "original_language": "en",'
  .. ' "production_companies": ["Marvel Studios"], "collection": "The Avengers Collection",'
  .. ' "cast": [{"name": "Robert Downey Jr."}, {"name": "Scarlett Johansson"}, {"name": "Chris Evans"}],'
  .. ' "crew": [{"name": "Anthony Russo", "job": "Director"}, {"name": "Joe Russo", "job": "Director"}]}'
