package dev.breaker.spring.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the {@code circuitbreakers} actuator endpoint under {@code /manage}, speaking the endpoint's JSON
 * contract with values a test sets: breakers' states and rates, whether writes are refused (and with which status),
 * and whether the application answers at all.
 */
@RestController
class ScriptedCircuitBreakersEndpoint {

	private final Map<String, Map<String, Object>> breakers = new TreeMap<>();

	private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

	private volatile HttpStatus writeStatus = HttpStatus.OK;

	private volatile boolean answering = true;

	/** Requests wait on it while the endpoint hangs; a reset releases them. */
	private volatile CountDownLatch hang = new CountDownLatch(0);

	private volatile @Nullable String requiredSession;

	synchronized void reset() {
		this.breakers.clear();
		this.received.clear();
		this.writeStatus = HttpStatus.OK;
		this.answering = true;
		this.hang.countDown();
		this.requiredSession = null;
	}

	synchronized void put(String name, String state, double failureRate, long retryAfterMillis) {
		Map<String, Object> breaker = new LinkedHashMap<>();
		breaker.put("state", state);
		breaker.put("failureRate", failureRate);
		breaker.put("slowCallRate", 0.0);
		breaker.put("bufferedCalls", 10);
		breaker.put("failedCalls", (int) (failureRate / 10));
		breaker.put("slowCalls", 0);
		breaker.put("successfulCalls", 10 - (int) (failureRate / 10));
		breaker.put("notPermittedCalls", 0);
		breaker.put("consecutiveFailures", 0);
		breaker.put("timeInStateMillis", 1500);
		breaker.put("retryAfterMillis", retryAfterMillis);
		breaker.put("totalCalls", 40);
		breaker.put("totalFailures", 9);
		breaker.put("totalNotPermitted", 0);
		breaker.put("totalSlowCalls", 0);
		this.breakers.put(name, breaker);
	}

	void refuseWritesWith(HttpStatus status) {
		this.writeStatus = status;
	}

	void stopAnswering() {
		this.answering = false;
	}

	void hang() {
		this.hang = new CountDownLatch(1);
	}

	/**
	 * From now on, answers only requests carrying cookie {@code SESSION} with this value (401 otherwise), and writes
	 * only with an {@code X-XSRF-TOKEN} header equal to cookie {@code XSRF-TOKEN} (403 otherwise), as an
	 * application secured with Spring Security's cookie CSRF token repository would.
	 * @param session the session cookie's value
	 */
	void requireSession(String session) {
		this.requiredSession = session;
	}

	List<Map<String, Object>> received() {
		return this.received;
	}

	@GetMapping("/manage/circuitbreakers")
	ResponseEntity<Object> list(@CookieValue(name = "SESSION", required = false) @Nullable String session)
			throws InterruptedException {
		// Hangs (like an application that stopped answering) until the test resets the endpoint, at most 10 s.
		this.hang.await(10, TimeUnit.SECONDS);
		return summaries(session);
	}

	private synchronized ResponseEntity<Object> summaries(@Nullable String session) {
		if (!this.answering) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		if (this.requiredSession != null && !this.requiredSession.equals(session)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		return ResponseEntity.ok(Map.of("circuitBreakers", copy()));
	}

	@GetMapping("/manage/circuitbreakers/{name}")
	synchronized ResponseEntity<Object> one(@PathVariable String name,
			@CookieValue(name = "SESSION", required = false) @Nullable String session) {
		if (!this.answering) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		if (this.requiredSession != null && !this.requiredSession.equals(session)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Map<String, Object> breaker = this.breakers.get(name);
		if (breaker == null) {
			return ResponseEntity.notFound().build();
		}
		Map<String, Object> details = new LinkedHashMap<>(breaker);
		details.put("config", Map.of("failureRateThreshold", 50.0, "slowCallRateThreshold", 100.0,
				"minimumNumberOfCalls", 5, "permittedNumberOfCallsInHalfOpenState", 2));
		details.put("events", List.of(
				Map.of("type", "STATE_TRANSITION", "at", Instant.now().toString(), "from", "CLOSED", "to",
						breaker.get("state")),
				Map.of("type", "ERROR", "at", Instant.now().toString(), "exception", "java.io.IOException",
						"message", "gateway answered 503", "durationMillis", 12)));
		return ResponseEntity.ok(details);
	}

	@PostMapping("/manage/circuitbreakers/{name}")
	synchronized ResponseEntity<Object> write(@PathVariable String name, @RequestBody Map<String, Object> body,
			@CookieValue(name = "SESSION", required = false) @Nullable String session,
			@CookieValue(name = "XSRF-TOKEN", required = false) @Nullable String csrfCookie,
			@RequestHeader(name = "X-XSRF-TOKEN", required = false) @Nullable String csrfHeader) {
		this.received.add(body);
		if (this.requiredSession != null) {
			if (!this.requiredSession.equals(session)) {
				return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
			}
			if (csrfCookie == null || !csrfCookie.equals(csrfHeader)) {
				return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
			}
		}
		if (this.writeStatus == HttpStatus.BAD_REQUEST) {
			return ResponseEntity.badRequest()
				.body(Map.of("status", 400, "error", "Bad Request", "message",
						"Cannot transition circuit breaker 'payment' from DISABLED to HALF_OPEN"));
		}
		if (this.writeStatus != HttpStatus.OK) {
			return ResponseEntity.status(this.writeStatus).build();
		}
		Map<String, Object> breaker = this.breakers.get(name);
		if (breaker == null) {
			return ResponseEntity.notFound().build();
		}
		String state = (body.get("action") != null) ? "CLOSED" : (String) body.get("state");
		breaker.put("state", state);
		breaker.put("timeInStateMillis", 0);
		breaker.put("retryAfterMillis", 0);
		return ResponseEntity.ok(breaker);
	}

	private Map<String, Object> copy() {
		Map<String, Object> copy = new LinkedHashMap<>();
		this.breakers.forEach((name, breaker) -> copy.put(name, new LinkedHashMap<>(breaker)));
		return copy;
	}

	List<String> names() {
		return new ArrayList<>(this.breakers.keySet());
	}

}
