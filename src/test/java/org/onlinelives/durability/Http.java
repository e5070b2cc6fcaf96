package org.onlinelives.durability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A real HTTP client for the durability tests: a bearer token for the API, or a session
 * (cookies and CSRF token) for pages. Each call is timed.
 */
final class Http {

	static final Duration TIMEOUT = Duration.ofSeconds(40);

	private final String base;

	private final HttpClient client;

	private final String bearer;

	private String csrf;

	private Http(String base, String bearer) {
		this.base = base;
		this.bearer = bearer;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static Http api(String base, String token) {
		return new Http(base, token);
	}

	/** Signs in through the sign-in page (and the second-factor page given a secret). */
	static Http signedIn(String base, String email, String password, String secret) throws Exception {
		Http http = new Http(base, null);
		http.csrfFrom("/sign-in");
		Timed signIn = http.form("/sign-in", Map.of("email", email, "password", password));
		if (secret != null) {
			if (!signIn.location().endsWith("/sign-in/code")) {
				throw new IllegalStateException("Expected the second-factor step, got " + signIn.location());
			}
			http.csrfFrom("/sign-in/code");
			signIn = http.form("/sign-in/code", Map.of("code", org.onlinelives.support.TestData.currentCode(secret)));
		}
		if (signIn.status() != 302 || signIn.location().contains("/sign-in")) {
			throw new IllegalStateException("Sign-in failed: " + signIn.status() + " " + signIn.location());
		}
		http.csrfFrom("/");
		return http;
	}

	void csrfFrom(String path) throws Exception {
		Timed page = get(path);
		this.csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
	}

	Timed get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	Timed json(String method, String path, String body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	Timed form(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		if (this.csrf != null && !this.csrf.isEmpty()) {
			body += "&_csrf=" + encode(this.csrf);
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(TIMEOUT);
		if (this.bearer != null) {
			builder.header("Authorization", "Bearer " + this.bearer);
		}
		return builder;
	}

	private Timed send(HttpRequest.Builder builder) throws IOException, InterruptedException {
		HttpRequest request = builder.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new Timed(request.method() + " " + request.uri().getPath(), response.statusCode(),
				response.headers().firstValue("Location").orElse(""),
				response.headers().firstValue("Content-Type").orElse(""), response.body(), millis);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Timed(String call, int status, String location, String contentType, byte[] bytes, long millis) {

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

}
