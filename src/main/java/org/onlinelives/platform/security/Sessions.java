package org.onlinelives.platform.security;

import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions, so that a deactivation, a change of roles or a new password
 * takes effect at once everywhere they are signed in. Sessions are in the database, so
 * this reaches sessions on every node: each is marked ended, and its next request, on
 * whichever node, is signed out and sent to the sign-in page with a message saying why
 * ({@link EndedSessionFilter}).
 * <p>
 * The mark is one attribute row per session, written with the caller's connection and in
 * the caller's transaction: it takes effect only if the change that ends the sessions
 * commits, and never needs a second connection (Spring Session's own repository would
 * open one). The row is what Spring Session itself writes for
 * {@code session.setAttribute(ENDED, true)}.
 */
@Component
public class Sessions {

	/** The session attribute that marks a session ended. */
	static final String ENDED = Sessions.class.getName() + ".ENDED";

	private static final byte[] ENDED_VALUE = new SerializingConverter().convert(Boolean.TRUE);

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends every session of the person except the one with {@code keepSessionId} (may be
	 * null); returns how many it ended.
	 */
	public int endAllFor(long userId, String keepSessionId) {
		return this.jdbc.sql("""
				insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
				select s.primary_id, :ended, :value from spring_session s
				where s.principal_name = :person and s.session_id <> :keep
				  and not exists (select 1 from spring_session_attributes a
				                  where a.session_primary_id = s.primary_id and a.attribute_name = :ended)""")
			.param("ended", ENDED)
			.param("value", ENDED_VALUE)
			.param("person", SessionsByPerson.key(userId))
			// session ids are never empty
			.param("keep", (keepSessionId != null) ? keepSessionId : "")
			.update();
	}

}
