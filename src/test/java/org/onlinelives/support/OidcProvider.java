package org.onlinelives.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jsoup.Jsoup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization
 * Server in its own application context on its own random port, with the application
 * registered as a client and people added by each test with the email,
 * {@code email_verified} and {@code amr} claims their ID token should carry. One provider
 * serves the whole test run.
 * <p>
 * The provider is reached as {@code localhost} and the application as {@code 127.0.0.1}:
 * cookies do not tell ports apart, so the two sessions would otherwise overwrite each
 * other in a browser; and a loopback IP address is what the authorization server accepts
 * in a redirect address whose port changes from run to run (RFC 8252, §7.3).
 */
public final class OidcProvider {

	public static final String CLIENT_ID = "online-lives";

	public static final String CLIENT_SECRET = "test-client-secret-" + UUID.randomUUID();

	public static final String DISPLAY_NAME = "Westmere Council";

	/** Every person at the provider has this password. */
	public static final String PASSWORD = "Provider password for tests";

	/** The claims a person's ID token carries. */
	public record Person(String email, Boolean emailVerified, List<String> amr) {
	}

	private static volatile OidcProvider running;

	private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();

	private final AnnotationConfigServletWebServerApplicationContext context;

	private OidcProvider() {
		this.context = new AnnotationConfigServletWebServerApplicationContext(Configuration.class);
		Runtime.getRuntime().addShutdownHook(new Thread(this.context::close));
	}

	/** The provider, started on first use. */
	public static OidcProvider get() {
		if (running == null) {
			synchronized (OidcProvider.class) {
				if (running == null) {
					running = new OidcProvider();
				}
			}
		}
		return running;
	}

	/** Sets the application's single sign-on properties to use this provider. */
	public static void configure(DynamicPropertyRegistry registry) {
		registry.add("onlinelives.sso.issuer-uri", () -> get().issuer());
		registry.add("onlinelives.sso.client-id", () -> CLIENT_ID);
		registry.add("onlinelives.sso.client-secret", () -> CLIENT_SECRET);
		registry.add("onlinelives.sso.display-name", () -> DISPLAY_NAME);
	}

	public String issuer() {
		return "http://localhost:" + this.context.getWebServer().getPort();
	}

	/**
	 * Adds a person who signs in at the provider with this username and
	 * {@link #PASSWORD}.
	 */
	public void add(String username, Person person) {
		PEOPLE.put(username, person);
	}

	/**
	 * Signs in at the provider as a browser would: follows the authorization request to
	 * the provider's sign-in form, fills it in, and returns the address the provider
	 * sends the browser back to (the application's callback, with the code).
	 */
	public String signIn(String authorizationRequest, String username) {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String location = send(browser, page(authorizationRequest));
		String loginPage = location.startsWith("/") ? issuer() + location : location;
		String form = body(browser, page(loginPage));
		String csrf = Jsoup.parse(form).select("input[name=_csrf]").val();
		String fields = "username=" + encode(username) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf);
		String afterLogin = send(browser,
				HttpRequest.newBuilder(URI.create(issuer() + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(fields))
					.build());
		if (afterLogin.contains("/login?error")) {
			throw new IllegalStateException("The provider refused " + username);
		}
		String resumed = afterLogin.startsWith("/") ? issuer() + afterLogin : afterLogin;
		return send(browser, page(resumed));
	}

	/** A browser's request for a page: only those are sent to the sign-in form. */
	private static HttpRequest page(String address) {
		return HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").GET().build();
	}

	private static String send(HttpClient browser, HttpRequest request) {
		try {
			HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
			return response.headers()
				.firstValue("Location")
				.orElseThrow(() -> new IllegalStateException(
						"No redirect from " + request.uri() + ": " + response.statusCode() + " " + response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String body(HttpClient browser, HttpRequest request) {
		try {
			return browser.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * The provider's beans. A test configuration, so the application's own component scan
	 * passes it by.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Configuration {

		@Bean
		TomcatServletWebServerFactory providerServer() {
			return new TomcatServletWebServerFactory(0);
		}

		/**
		 * Tomcat runs filters only on the way to a servlet: this one answers whatever the
		 * provider's filters leave.
		 */
		@Bean
		ServletRegistrationBean<HttpServlet> notFound() {
			return new ServletRegistrationBean<>(new HttpServlet() {
				@Override
				protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
				}
			}, "/");
		}

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.oauth2AuthorizationServer((server) -> server.oidc(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService people() {
			return (username) -> {
				if (!PEOPLE.containsKey(username)) {
					throw new UsernameNotFoundException(username);
				}
				return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
			};
		}

		@Bean
		RegisteredClientRepository clients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId("online-lives")
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://127.0.0.1/login/oauth2/code/council")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.EMAIL)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		/** Puts each person's email, email_verified and amr claims in their ID token. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
			return (context) -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				Person person = PEOPLE.get(context.getPrincipal().getName());
				if (person == null) {
					return;
				}
				if (person.email() != null) {
					context.getClaims().claim("email", person.email());
				}
				if (person.emailVerified() != null) {
					context.getClaims().claim("email_verified", person.emailVerified());
				}
				if (person.amr() != null && !person.amr().isEmpty()) {
					context.getClaims().claim("amr", person.amr());
				}
			};
		}

		@Bean
		KeyPair signingKeyPair() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}

		@Bean
		JWKSource<SecurityContext> signingKeys(KeyPair pair) {
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		/** Reads the access tokens presented at the provider's userinfo endpoint. */
		@Bean
		JwtDecoder accessTokens(KeyPair pair) {
			return NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
