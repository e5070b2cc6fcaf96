package org.onlinelives.assessment.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.Users;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, lists, revokes and checks personal API tokens. A token acts as the person who
 * made it, with their roles and scope at the time of each call.
 */
@Service
public class ApiTokenService {

	static final String PREFIX = "olt_";

	/** Last-used time is written at most this often, so reads stay cheap. */
	private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final Users users;

	private final AccessLog accessLog;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	ApiTokenService(ApiTokens tokens, Users users, AccessLog accessLog, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.users = users;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * A new token and, once only, its secret.
	 *
	 * @param token the stored token
	 * @param secret the token to give the caller
	 */
	public record Issued(ApiToken token, String secret) {
	}

	@Transactional
	public Issued issue(SignedInUser user, String name) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = this.tokens
			.save(ApiToken.issue(user.id(), user.partnershipId(), name, hash(secret), this.clock.instant()));
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "api token", token.getId(), "created");
		return new Issued(token, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(SignedInUser user) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(user.id());
	}

	@Transactional
	public void revoke(SignedInUser user, long id) {
		ApiToken token = this.tokens.findByIdAndUserId(id, user.id())
			.orElseThrow(() -> new RecordNotFoundException("api token", id));
		token.revoke(this.clock.instant());
		this.tokens.save(token);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "api token", id, "revoked");
	}

	/**
	 * The person a bearer token stands for, if it is a live token of an active person.
	 */
	@Transactional
	public Optional<User> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Optional<ApiToken> found = this.tokens.findByTokenHash(hash(secret)).filter((token) -> !token.isRevoked());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiToken token = found.get();
		Optional<User> user = this.users.findById(token.getUserId())
			.filter(User::isActive)
			.filter((candidate) -> candidate.getPartnershipId().equals(token.getPartnershipIdValue()));
		if (user.isPresent() && (token.getLastUsedAt() == null
				|| token.getLastUsedAt().plus(USE_GRANULARITY).isBefore(this.clock.instant()))) {
			// a plain update, not a versioned save: two calls at once must not conflict
			this.jdbc.sql("update api_token set last_used_at = :now where id = :id")
				.param("now", java.time.OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
				.param("id", token.getId())
				.update();
		}
		return user;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
