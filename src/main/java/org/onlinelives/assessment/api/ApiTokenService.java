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
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.PasswordChanged;
import org.onlinelives.platform.security.SignInThrottle;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.context.event.EventListener;
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

	private final PeopleDirectory users;

	private final AccessLog accessLog;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	private final SignInThrottle throttle;

	ApiTokenService(ApiTokens tokens, PeopleDirectory users, AccessLog accessLog, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, SignInThrottle throttle) {
		this.jdbc = jdbc;
		this.throttle = throttle;
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
		Optional<User> user = this.users.find(token.getPartnershipIdValue(), token.getUserId()).filter(User::isActive);
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

	/**
	 * A password change revokes every live token of the person, in the same request, so a
	 * token copied before the change stops working at once.
	 */
	@EventListener
	@Transactional
	public void revokeAllOnPasswordChange(PasswordChanged changed) {
		List<ApiToken> live = this.tokens.findByUserIdOrderByCreatedAtDesc(changed.userId())
			.stream()
			.filter((token) -> !token.isRevoked())
			.toList();
		if (live.isEmpty()) {
			return;
		}
		for (ApiToken token : live) {
			token.revoke(this.clock.instant());
			this.tokens.save(token);
		}
		User user = this.users.find(changed.partnershipId(), changed.userId()).orElseThrow();
		this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
				AccessEvent.API_TOKENS_REVOKED, live.size() + " API tokens revoked because the password changed");
	}

	/**
	 * Logs a call refused for this token: with its owner when it is a revoked (or
	 * deactivated person's) token, without one when no such token exists. Beyond a few
	 * per address and window, refusals are only counted and summarised, so a flood cannot
	 * fill the log.
	 */
	public void refused(String secret, String address) {
		if (!this.throttle.countApiRefusal(address)) {
			return;
		}
		Optional<ApiToken> token = (secret != null && secret.length() <= 200)
				? this.tokens.findByTokenHash(hash(secret)) : Optional.empty();
		Optional<User> owner = token
			.flatMap((found) -> this.users.find(found.getPartnershipIdValue(), found.getUserId()));
		if (token.isPresent() && owner.isPresent()) {
			User user = owner.get();
			this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
					AccessEvent.API_TOKEN_REFUSED,
					"API call with " + (token.get().isRevoked() ? "a revoked token" : "a token of a deactivated person")
							+ " '" + token.get().getName() + "'");
		}
		else {
			this.accessLog.recordFor(null, null, null, null, AccessEvent.API_TOKEN_REFUSED,
					"API call with an unknown token");
		}
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
