-- POSTs the JSON body in $LOAD_BODY to the path given on wrk's command line.
wrk.method = "POST"
wrk.body = os.getenv("LOAD_BODY")
wrk.headers["Content-Type"] = "application/json"
