package org.onlinelives.casedata.returns;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger that makes submitted data returns immutable.
 */
public class SubmittedReturnTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("A submitted data return cannot change; submit a new version instead");
	}

}
