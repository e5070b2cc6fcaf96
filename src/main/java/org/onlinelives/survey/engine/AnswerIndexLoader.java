package org.onlinelives.survey.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Builds a survey's index from the stored responses in one streamed query.
 */
public final class AnswerIndexLoader {

	private AnswerIndexLoader() {
	}

	public static AnswerIndex load(Connection connection, long surveyId) throws SQLException {
		AnswerIndex index = new AnswerIndex();
		boolean autoCommit = connection.getAutoCommit();
		// PostgreSQL streams rows only inside a transaction with a fetch size
		connection.setAutoCommit(false);
		try (PreparedStatement query = connection
			.prepareStatement("select link_id, answers from survey_response where survey_id = ?")) {
			query.setFetchSize(10_000);
			query.setLong(1, surveyId);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					long link = rows.getLong(1);
					index.addEncoded(rows.wasNull() ? null : link, rows.getString(2));
				}
			}
			connection.commit();
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		index.optimise();
		return index;
	}

}
