package org.onlinelives.platform.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.onlinelives.platform.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes to the access log. It offers no way to change or remove an entry, and the
 * database refuses both (migration V2).
 */
@Service
public class AccessLog {

	private static final int MAX_DETAIL = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AccessLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Its own transaction, so an entry survives even when the work it describes is
		// rolled back.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records something a signed-in person did. */
	public void record(SignedInUser actor, AccessEvent event, String targetType, Object targetId, String detail) {
		write(actor.partnershipId(), actor.agencyId(), actor.id(), actor.email(), event, targetType, targetId, detail);
	}

	/**
	 * Records something done by or to a person who is not (yet) signed in, such as a
	 * failed sign-in.
	 */
	public void recordFor(Long partnershipId, Long agencyId, Long userId, String username, AccessEvent event,
			String detail) {
		write(partnershipId, agencyId, userId, username, event, null, null, detail);
	}

	private void write(Long partnershipId, Long agencyId, Long userId, String username, AccessEvent event,
			String targetType, Object targetId, String detail) {
		Instant now = this.clock.instant();
		String address = remoteAddress();
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("""
					insert into access_log (occurred_at, partnership_id, agency_id, user_id, username, event,
					                        target_type, target_id, detail, remote_address)
					values (:at, :partnership, :agency, :user, :username, :event, :targetType, :targetId, :detail, :address)""")
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("user", userId)
			.param("username", truncate(username, 320))
			.param("event", event.name())
			.param("targetType", truncate(targetType, 60))
			.param("targetId", (targetId != null) ? truncate(targetId.toString(), 60) : null)
			.param("detail", truncate(detail, MAX_DETAIL))
			.param("address", truncate(address, 64))
			.update());
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
