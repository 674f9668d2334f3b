#!/usr/bin/env bash
# Walks through the sample shop's circuit-breaker demo against a running app, unattended, printing each step.
#
#   mvn -q -pl sample-payment-app -am spring-boot:run      # in one terminal (from the repository root)
#   sample-payment-app/scripts/demo.sh                      # in another
#
# BASE=http://host:port overrides the address (default http://localhost:8080). Needs only bash and curl.
set -euo pipefail

BASE="${BASE:-http://localhost:8080}"
JSON='Content-Type: application/json'

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
show() { printf '$ %s\n' "$*"; }

# Prints the value of a top-level "key": value pair of a JSON document (good enough for these flat answers).
field() { grep -o "\"$1\":\"\\?[^,\"}]*" | head -1 | sed 's/.*:"\?//'; }

breaker_state() { curl -s "$BASE/actuator/circuitbreakers" | grep -o '"payment":{"state":"[A-Z_]*"' | sed 's/.*"state":"//;s/"//'; }

order() {
	# order CUSTOMER SKU QUANTITY: places an order, prints status code, time, Retry-After and body; remembers the id.
	local body headers
	headers="$(mktemp)"
	body="$(curl -s -D "$headers" -o - -w '\n%{http_code} %{time_total}s' -X POST "$BASE/api/orders" -H "$JSON" \
		-d "{\"customer\": \"$1\", \"items\": [{\"sku\": \"$2\", \"quantity\": $3}]}")"
	local status_line="${body##*$'\n'}"
	local json="${body%$'\n'*}"
	local retry_after
	retry_after="$(grep -i '^retry-after:' "$headers" | tr -d '\r' | sed 's/^[^:]*: //' || true)"
	rm -f "$headers"
	printf 'HTTP %s%s  %s\n' "$status_line" "${retry_after:+  Retry-After: $retry_after}" "$json"
	LAST_ID="$(printf '%s' "$json" | field id)"
}

step "0. Waiting for the shop at $BASE"
for _ in $(seq 1 120); do
	if curl -sf "$BASE/actuator/health" >/dev/null; then break; fi
	sleep 1
done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "The shop does not answer at $BASE" >&2; exit 1; }
curl -s -X PUT "$BASE/gateway/mode" -H "$JSON" -d '{"mode": "UP"}' >/dev/null
echo "up; payment breaker is $(breaker_state)"

step "1. The catalogue"
show "curl $BASE/api/products"
curl -s "$BASE/api/products"; echo

step "2. A checkout while the payment gateway is up: 201 PAID"
show "curl -X POST $BASE/api/orders -d '{\"customer\": \"alice@example.com\", \"items\": [{\"sku\": \"MUG\", \"quantity\": 2}]}'"
order alice@example.com MUG 2

step "3. A declined card (customers whose name contains 'decline'): 402 PAYMENT_FAILED, not a breaker failure"
order declined-dave@example.com KETTLE 1

step "4. Take the payment gateway down"
show "curl -X PUT $BASE/gateway/mode -d '{\"mode\": \"DOWN\"}'"
curl -s -X PUT "$BASE/gateway/mode" -H "$JSON" -d '{"mode": "DOWN"}'; echo

step "5. Checkouts now fail at the gateway (503); each order is kept as PAYMENT_PENDING: 202"
PENDING=()
for i in 1 2 3; do
	order "bob-$i@example.com" COFFEE-1KG 1
	PENDING+=("$LAST_ID")
done

step "6. Three failures in a row: the payment breaker is OPEN"
show "curl $BASE/actuator/circuitbreakers"
curl -s "$BASE/actuator/circuitbreakers"; echo

step "7. While open, checkouts answer 202 at once and the gateway receives no call"
before="$(curl -s "$BASE/gateway/stats")"
echo "gateway stats before: $before"
for i in 1 2 3 4 5; do
	order "carol-$i@example.com" FILTERS 1
	PENDING+=("$LAST_ID")
done
echo "gateway stats after:  $(curl -s "$BASE/gateway/stats")   (chargeCalls unchanged)"
show "curl $BASE/api/orders/status-counts"
curl -s "$BASE/api/orders/status-counts"; echo

step "8. Bring the gateway back"
show "curl -X PUT $BASE/gateway/mode -d '{\"mode\": \"UP\"}'"
curl -s -X PUT "$BASE/gateway/mode" -H "$JSON" -d '{"mode": "UP"}'; echo

step "9. Watch the breaker: OPEN until its wait is over, HALF_OPEN for the trial calls, then CLOSED"
previous=""
for _ in $(seq 1 60); do
	state="$(breaker_state)"
	if [[ "$state" != "$previous" ]]; then
		echo "$(date +%T) payment breaker: $state"
		previous="$state"
	fi
	[[ "$state" == "CLOSED" ]] && break
	sleep 0.5
done
echo "transitions, newest first:"
curl -s "$BASE/actuator/circuitbreakers/payment" | grep -o '"from":"[A-Z_]*","to":"[A-Z_]*"' | head -4 \
	| sed 's/"from":"\([A-Z_]*\)","to":"\([A-Z_]*\)"/  \1 -> \2/'

step "10. The settlement job charges every pending order, once"
for _ in $(seq 1 60); do
	counts="$(curl -s "$BASE/api/orders/status-counts")"
	[[ "$(printf '%s' "$counts" | field PAYMENT_PENDING)" == "0" && "$(printf '%s' "$counts" | field PAYMENT_IN_PROGRESS)" == "0" ]] && break
	sleep 1
done
for id in "${PENDING[@]}"; do
	printf 'order %s: ' "$id"
	curl -s "$BASE/api/orders/$id" | grep -o '"status":"[A-Z_]*"\|"paymentReference":"[a-z_0-9]*"' | tr '\n' ' '
	echo
done
show "curl $BASE/api/orders/status-counts"
curl -s "$BASE/api/orders/status-counts"; echo
show "curl $BASE/gateway/stats"
curl -s "$BASE/gateway/stats"; echo
echo "(charges counts distinct orders charged: one per PAID order, never two)"

step "Done. Also try: PUT /gateway/mode {\"mode\": \"SLOW\", \"latencyMs\": 3000} or {\"mode\": \"FLAKY\", \"failureRate\": 0.3}, and $BASE/actuator/prometheus"
