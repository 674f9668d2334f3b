/*
 * The breaker dashboard: polls the application's own circuitbreakers actuator endpoint about once a second and
 * renders every breaker. Plain JavaScript, no dependencies, nothing fetched from anywhere but this origin.
 */
(function () {
	'use strict';

	const ENDPOINT = document.querySelector('meta[name="breaker-endpoint"]').content;
	const TITLE = document.title;
	const POLL_MS = 1000;
	const TIMEOUT_MS = 3000;
	const HISTORY_MS = 5 * 60 * 1000;
	const DETAILS_MAX_AGE_MS = 5000;
	const EVENTS_SHOWN = 6;
	const DETAILS_PER_POLL = 8;
	const STATE_CLASSES = {
		CLOSED: 'state-closed',
		OPEN: 'state-open',
		HALF_OPEN: 'state-half-open',
		FORCED_OPEN: 'state-forced-open',
		DISABLED: 'state-disabled',
		METRICS_ONLY: 'state-metrics-only'
	};
	const ACTIONS = {
		FORCED_OPEN: { label: 'Force open', body: { state: 'FORCED_OPEN' },
			effect: 'Every call will be refused until someone closes it.' },
		CLOSED: { label: 'Close', body: { state: 'CLOSED' },
			effect: 'Calls go through again and its sliding window starts empty.' },
		DISABLED: { label: 'Disable', body: { state: 'DISABLED' },
			effect: 'Every call goes through and nothing is recorded until someone closes it.' },
		reset: { label: 'Reset', body: { action: 'reset' },
			effect: 'It goes back to CLOSED and forgets its metrics.' }
	};

	const views = new Map();
	const container = document.getElementById('breakers');
	const template = document.getElementById('breaker-template');
	const connection = document.getElementById('connection');
	const connectionText = document.getElementById('connection-text');
	const dialog = document.getElementById('confirm');
	let lastAnswerAt = 0;
	let staleReason = null;
	let timer = null;
	let polling = false;
	let pendingAction = null;

	class ReadError extends Error {
	}

	function request(url, options) {
		const controller = new AbortController();
		const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
		const init = Object.assign({ credentials: 'same-origin', cache: 'no-store', signal: controller.signal }, options);
		init.headers = Object.assign({ Accept: 'application/json' }, csrfHeader(), options && options.headers);
		return fetch(url, init).finally(() => clearTimeout(timeout));
	}

	// Spring Security's CookieCsrfTokenRepository hands the token to scripts in this cookie.
	function csrfHeader() {
		const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
		return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
	}

	function readFailure(status) {
		switch (status) {
			case 401: return 'the actuator asks for credentials (HTTP 401): sign in to the application and reload';
			case 403: return 'access to ' + ENDPOINT + ' is denied (HTTP 403)';
			case 404: return ENDPOINT + ' was not found (HTTP 404): expose it with '
				+ 'management.endpoints.web.exposure.include=circuitbreakers';
			default: return ENDPOINT + ' answered HTTP ' + status;
		}
	}

	// Polling

	function schedule(delay) {
		clearTimeout(timer);
		timer = setTimeout(poll, delay);
	}

	async function poll() {
		if (polling) {
			return;
		}
		polling = true;
		const started = Date.now();
		try {
			const response = await request(ENDPOINT);
			if (!response.ok) {
				throw new ReadError(readFailure(response.status));
			}
			const body = await response.json();
			const now = Date.now();
			render(body.circuitBreakers || {}, now);
			markLive(now);
			await refreshDetails(now);
		}
		catch (error) {
			markStale(error instanceof ReadError ? error.message
				: (error.name === 'AbortError' ? 'the application did not answer within ' + TIMEOUT_MS / 1000 + ' s'
					: 'the application is not answering'));
		}
		finally {
			polling = false;
			schedule(Math.max(0, POLL_MS - (Date.now() - started)));
		}
	}

	function markLive(now) {
		lastAnswerAt = now;
		staleReason = null;
		document.body.classList.remove('stale');
		connection.className = 'connection live';
		connectionText.textContent = 'Live \u00b7 updated ' + clock(now);
	}

	function markStale(reason) {
		staleReason = reason;
		document.body.classList.add('stale');
		connection.className = 'connection stale';
		updateStaleText();
		views.forEach((view) => { view.previous = null; });
	}

	function updateStaleText() {
		if (staleReason === null) {
			return;
		}
		connectionText.textContent = lastAnswerAt === 0
			? 'Stale \u00b7 no data: ' + staleReason
			: 'Stale \u00b7 last answer ' + clock(lastAnswerAt) + ' (' + duration(Date.now() - lastAnswerAt)
				+ ' ago): ' + staleReason;
	}

	// Rendering

	function render(breakers, now) {
		const names = Object.keys(breakers);
		views.forEach((view, name) => {
			if (!(name in breakers)) {
				view.element.remove();
				views.delete(name);
			}
		});
		names.forEach((name, index) => {
			let view = views.get(name);
			if (!view) {
				view = createView(name);
				views.set(name, view);
			}
			if (container.children[index + 1] !== view.element) {
				container.insertBefore(view.element, container.children[index + 1] || null);
			}
			update(view, breakers[name], now);
		});
		document.getElementById('empty').hidden = names.length > 0;
		const open = names.filter((name) => breakers[name].state !== 'CLOSED').length;
		document.title = (open > 0 ? '(' + open + ' not closed) ' : '') + TITLE;
	}

	function createView(name) {
		const element = template.content.firstElementChild.cloneNode(true);
		element.dataset.name = name;
		element.querySelector('.name').textContent = name;
		element.querySelectorAll('button.action').forEach((button) => {
			button.addEventListener('click', () => confirmAction(name, button.dataset.action));
		});
		return { name: name, element: element, history: [], previous: null, details: null, detailsAt: 0,
			signature: null, summary: null, summaryAt: 0 };
	}

	function update(view, summary, now) {
		const element = view.element;
		view.summary = summary;
		view.summaryAt = now;
		Object.values(STATE_CLASSES).forEach((css) => element.classList.remove(css));
		element.classList.add(STATE_CLASSES[summary.state] || 'state-unknown');
		const badge = element.querySelector('.badge');
		badge.textContent = summary.state;
		badge.className = 'badge ' + (STATE_CLASSES[summary.state] || 'state-unknown');
		element.querySelector('.since').textContent = 'In ' + summary.state + ' for '
			+ duration(summary.timeInStateMillis);

		view.history.push({ at: now, failure: summary.failureRate, slow: summary.slowCallRate });
		while (view.history.length > 0 && view.history[0].at < now - HISTORY_MS) {
			view.history.shift();
		}
		const current = { at: now, calls: summary.totalCalls, failures: summary.totalFailures,
			refused: summary.totalNotPermitted };
		perSecond(element.querySelector('.calls-rate'), view.previous, current, 'calls');
		perSecond(element.querySelector('.failures-rate'), view.previous, current, 'failures');
		perSecond(element.querySelector('.refused-rate'), view.previous, current, 'refused');
		view.previous = current;
		element.querySelector('.window').textContent = summary.bufferedCalls + ' calls, ' + summary.failedCalls
			+ ' failed, ' + summary.slowCalls + ' slow';
		paint(view);
	}

	// The parts that depend on the thresholds, which come with the details.
	function paint(view) {
		const element = view.element;
		const summary = view.summary;
		const config = view.details ? view.details.config || {} : {};
		element.querySelector('.trial').textContent = stateNote(summary, config, view.summaryAt);
		rate(element.querySelector('.rate.failure'), summary.failureRate, config.failureRateThreshold, summary, config);
		rate(element.querySelector('.rate.slow'), summary.slowCallRate, config.slowCallRateThreshold, summary, config);
		sparkline(element, view.history, config, view.summaryAt);
	}

	function stateNote(summary, config, now) {
		switch (summary.state) {
			case 'OPEN':
				return summary.retryAfterMillis > 0
					? 'Next trial call in ' + duration(summary.retryAfterMillis) + ' (at '
						+ clock(now + summary.retryAfterMillis) + ')'
					: 'The next call will be a trial call';
			case 'HALF_OPEN':
				return 'Letting trial calls through'
					+ (config.permittedNumberOfCallsInHalfOpenState
						? ': closes after ' + config.permittedNumberOfCallsInHalfOpenState + ' succeed' : '');
			case 'FORCED_OPEN':
				return 'Refusing every call until someone closes it';
			case 'DISABLED':
				return 'Letting every call through without recording it';
			case 'METRICS_ONLY':
				return 'Recording calls but never opening';
			default:
				return summary.consecutiveFailures > 0
					? summary.consecutiveFailures + ' consecutive failure' + (summary.consecutiveFailures > 1 ? 's' : '')
					: 'Letting calls through';
		}
	}

	function rate(element, value, threshold, summary, config) {
		const valueText = element.querySelector('.rate-value');
		const fill = element.querySelector('.fill');
		const marker = element.querySelector('.threshold');
		const hasThreshold = typeof threshold === 'number';
		marker.hidden = !hasThreshold;
		if (hasThreshold) {
			marker.style.left = clamp(threshold) + '%';
		}
		if (typeof value !== 'number' || value < 0) {
			valueText.textContent = 'n/a' + (hasThreshold ? ' / ' + percent(threshold) : '');
			valueText.title = 'Not enough calls yet: ' + summary.bufferedCalls + ' in the window'
				+ (config.minimumNumberOfCalls ? ', ' + config.minimumNumberOfCalls + ' needed' : '');
			fill.style.width = '0';
			element.classList.remove('over');
			return;
		}
		valueText.textContent = percent(value) + (hasThreshold ? ' / ' + percent(threshold) : '');
		valueText.title = hasThreshold ? 'current rate / threshold' : 'current rate';
		fill.style.width = clamp(value) + '%';
		element.classList.toggle('over', hasThreshold && value >= threshold);
	}

	function sparkline(element, history, config, now) {
		// The time axis grows with the history, from one minute up to HISTORY_MS.
		const span = history.length > 0 ? Math.min(HISTORY_MS, Math.max(60000, now - history[0].at)) : 60000;
		const from = now - span;
		const x = (at) => ((at - from) / span * 300).toFixed(1);
		const y = (value) => (59 - clamp(value) / 100 * 58).toFixed(1);
		['failure', 'slow'].forEach((kind) => {
			let path = '';
			let drawing = false;
			history.forEach((point) => {
				const value = point[kind];
				if (typeof value !== 'number' || value < 0) {
					drawing = false;
					return;
				}
				path += (drawing ? 'L' : 'M') + x(point.at) + ' ' + y(value) + ' ';
				drawing = true;
			});
			element.querySelector('.spark-line.' + kind).setAttribute('d', path.trim());
			const threshold = kind === 'failure' ? config.failureRateThreshold : config.slowCallRateThreshold;
			const line = element.querySelector('.spark-threshold.' + kind);
			line.style.display = typeof threshold === 'number' ? '' : 'none';
			if (typeof threshold === 'number') {
				line.setAttribute('y1', y(threshold));
				line.setAttribute('y2', y(threshold));
			}
		});
		element.querySelector('.spark-span').textContent = 'last ' + duration(span);
		element.querySelector('.spark').setAttribute('aria-label',
			'Failure and slow-call rates over the last ' + duration(span));
	}

	function perSecond(element, previous, current, key) {
		if (!previous || typeof current[key] !== 'number' || typeof previous[key] !== 'number'
			|| current[key] < previous[key] || current.at <= previous.at) {
			element.textContent = '\u2013';
			return;
		}
		const value = (current[key] - previous[key]) * 1000 / (current.at - previous.at);
		element.textContent = value >= 10 ? value.toFixed(0) : value.toFixed(1);
	}

	// Details: thresholds and the latest events

	async function refreshDetails(now) {
		const due = [];
		views.forEach((view) => {
			const summary = Object.assign({}, view.summary);
			delete summary.timeInStateMillis;
			delete summary.retryAfterMillis;
			const signature = JSON.stringify(summary);
			if (view.details === null || signature !== view.signature || now - view.detailsAt >= DETAILS_MAX_AGE_MS) {
				due.push(view);
			}
			view.pendingSignature = signature;
		});
		// Many busy breakers: the least recently refreshed first, a few per poll.
		due.sort((left, right) => left.detailsAt - right.detailsAt);
		await Promise.all(due.slice(0, DETAILS_PER_POLL).map(refreshView));
	}

	// A breaker whose details cannot be read keeps its summary; the list poll tells whether the application answers.
	async function refreshView(view) {
		let response;
		try {
			response = await request(ENDPOINT + '/' + encodeURIComponent(view.name));
		}
		catch (error) {
			return;
		}
		if (response.status === 404) {
			return;
		}
		if (!response.ok) {
			view.details = view.details || { config: {}, events: [] };
			view.detailsAt = Date.now();
			unavailable(view.element.querySelector('.events'), 'Details unavailable: ' + readFailure(response.status));
			return;
		}
		view.details = await response.json();
		view.detailsAt = Date.now();
		view.signature = view.pendingSignature;
		events(view.element.querySelector('.events'), view.details.events || []);
		paint(view);
	}

	function unavailable(list, text) {
		const item = document.createElement('li');
		item.className = 'none';
		item.textContent = text;
		list.replaceChildren(item);
	}

	function events(list, items) {
		list.replaceChildren();
		if (items.length === 0) {
			unavailable(list, 'None yet');
			return;
		}
		items.slice(0, EVENTS_SHOWN).forEach((event) => {
			const item = document.createElement('li');
			const at = document.createElement('time');
			at.textContent = event.at ? clock(Date.parse(event.at)) : '';
			at.dateTime = event.at || '';
			item.append(at, ' ');
			if (event.type === 'STATE_TRANSITION') {
				item.className = 'transition';
				item.append(stateTag(event.from), ' \u2192 ', stateTag(event.to));
			}
			else {
				item.className = 'error';
				const exception = String(event.exception || 'error');
				const type = document.createElement('span');
				type.className = 'exception';
				type.textContent = exception.substring(exception.lastIndexOf('.') + 1);
				type.title = exception;
				item.append(type);
				if (typeof event.durationMillis === 'number') {
					item.append(' (' + event.durationMillis + ' ms)');
				}
				if (event.message) {
					item.append(': ' + shorten(String(event.message), 300));
				}
				item.title = exception + (event.message ? ': ' + event.message : '');
			}
			list.append(item);
		});
	}

	function stateTag(state) {
		const tag = document.createElement('span');
		tag.className = 'tag ' + (STATE_CLASSES[state] || 'state-unknown');
		tag.textContent = state;
		return tag;
	}

	// Operator actions

	function confirmAction(name, key) {
		const action = ACTIONS[key];
		pendingAction = { name: name, action: action };
		document.getElementById('confirm-text').textContent = action.label + ' the circuit breaker \u201c' + name
			+ '\u201d? ' + action.effect;
		document.getElementById('confirm-ok').textContent = action.label;
		dialog.returnValue = '';
		dialog.showModal();
	}

	dialog.addEventListener('close', () => {
		const pending = pendingAction;
		pendingAction = null;
		if (pending && dialog.returnValue === 'ok') {
			perform(pending.name, pending.action);
		}
	});

	async function perform(name, action) {
		const view = views.get(name);
		const buttons = view ? view.element.querySelectorAll('button.action') : [];
		buttons.forEach((button) => { button.disabled = true; });
		try {
			const response = await request(ENDPOINT + '/' + encodeURIComponent(name), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(action.body)
			});
			if (response.ok) {
				const body = await response.json().catch(() => ({}));
				notify('ok', action.label + ': \u201c' + name + '\u201d is now ' + (body.state || 'updated') + '.');
			}
			else {
				notify('error', await refusal(response, name, action));
			}
		}
		catch (error) {
			notify('error', action.label + ' \u201c' + name + '\u201d: the application did not answer, '
				+ 'so the action may or may not have been applied.');
		}
		finally {
			buttons.forEach((button) => { button.disabled = false; });
			schedule(0);
		}
	}

	async function refusal(response, name, action) {
		const prefix = action.label + ' \u201c' + name + '\u201d was refused';
		switch (response.status) {
			case 401:
				return prefix + ' (HTTP 401 Unauthorized): sign in to the application and try again.';
			case 403:
				return prefix + ' (HTTP 403 Forbidden): you may read the circuitbreakers endpoint but not change '
					+ 'breakers through it.';
			case 405:
				return prefix + ' (HTTP 405 Method Not Allowed): the circuitbreakers endpoint is read-only; '
					+ 'allow writes with management.endpoint.circuitbreakers.access=unrestricted.';
			case 404:
				return prefix + ' (HTTP 404): the application has no such breaker any more.';
			default: {
				const reason = await response.text().then(explain).catch(() => '');
				return prefix + ' (HTTP ' + response.status + ')' + (reason ? ': ' + reason : '.');
			}
		}
	}

	function explain(text) {
		try {
			const body = JSON.parse(text);
			return body.message || body.detail || body.error || '';
		}
		catch (notJson) {
			return text.length <= 300 ? text : text.substring(0, 300) + '\u2026';
		}
	}

	function notify(kind, text) {
		const notice = document.getElementById('notice');
		notice.className = 'notice ' + kind;
		document.getElementById('notice-text').textContent = text;
		notice.hidden = false;
	}

	document.getElementById('notice-dismiss').addEventListener('click', () => {
		document.getElementById('notice').hidden = true;
	});

	// Formatting

	function duration(millis) {
		if (typeof millis !== 'number' || millis < 0) {
			return '\u2013';
		}
		const seconds = millis / 1000;
		if (seconds < 10) {
			return seconds.toFixed(1) + ' s';
		}
		if (seconds < 120) {
			return Math.round(seconds) + ' s';
		}
		const minutes = Math.floor(seconds / 60);
		if (minutes < 120) {
			return minutes + ' min ' + Math.round(seconds % 60) + ' s';
		}
		return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
	}

	function clock(millis) {
		return new Date(millis).toLocaleTimeString([], { hour12: false });
	}

	function shorten(text, length) {
		const line = text.replace(/\s+/g, ' ').trim();
		return line.length <= length ? line : line.substring(0, length - 1) + '\u2026';
	}

	function percent(value) {
		return (Math.round(value * 10) / 10) + '%';
	}

	function clamp(value) {
		return Math.max(0, Math.min(100, value));
	}

	document.getElementById('endpoint').textContent = ENDPOINT;
	setInterval(updateStaleText, 1000);
	poll();
})();
