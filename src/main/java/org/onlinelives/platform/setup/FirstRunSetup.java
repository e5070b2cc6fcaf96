package org.onlinelives.platform.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, prints a one-time link that creates the first partnership and
 * administrator. The token lives only in memory and in the log; it is gone once set-up is
 * complete.
 */
@Service
public class FirstRunSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

	private final Partnerships partnerships;

	private final Users users;

	private final PasswordEncoder passwords;

	private final AccessLog accessLog;

	private final Clock clock;

	private final String baseUrl;

	private volatile String token;

	FirstRunSetup(Partnerships partnerships, Users users, PasswordEncoder passwords, AccessLog accessLog, Clock clock,
			@Value("${onlinelives.base-url:}") String baseUrl) {
		this.partnerships = partnerships;
		this.users = users;
		this.passwords = passwords;
		this.accessLog = accessLog;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void offerSetUpIfEmpty(ApplicationReadyEvent event) {
		if (this.partnerships.count() > 0) {
			return;
		}
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		log.warn("""

				========================================================================
				Online Lives has no partnership yet. Set it up (this link works once):
				{}/setup/{}
				========================================================================""", baseUrl(event),
				this.token);
	}

	private String baseUrl(ApplicationReadyEvent event) {
		if (this.baseUrl != null && !this.baseUrl.isBlank()) {
			return this.baseUrl.replaceAll("/+$", "");
		}
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		return "http://localhost:" + port;
	}

	/** The current set-up token, for tests and for the log line above. */
	public String token() {
		return this.token;
	}

	public boolean accepts(String candidate) {
		String current = this.token;
		return current != null && candidate != null && MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8),
				candidate.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether someone already has this email address. */
	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.users.existsByEmail(User.normaliseEmail(email));
	}

	@Transactional
	public synchronized void complete(SetUpForm form) {
		if (this.token == null || this.partnerships.count() > 0) {
			throw new IllegalStateException("Online Lives is already set up");
		}
		Partnership partnership = this.partnerships
			.save(Partnership.create(form.partnershipName().strip(), this.clock.instant()));
		User admin = this.users.save(User.create(partnership.getId(), null, null, form.email(), form.name().strip(),
				this.passwords.encode(form.password()), EnumSet.of(Role.PARTNERSHIP_ADMIN), this.clock.instant()));
		this.token = null;
		this.accessLog.recordFor(partnership.getId(), null, admin.getId(), admin.getEmail(),
				AccessEvent.SETUP_COMPLETED, "partnership and first administrator created");
	}

}
