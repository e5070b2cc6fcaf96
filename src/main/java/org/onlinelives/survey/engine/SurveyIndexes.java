package org.onlinelives.survey.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.onlinelives.survey.design.SurveyPublished;
import org.onlinelives.survey.responses.ResponseRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Holds the index of every published survey. Each is built from the database before the
 * application takes requests, then every stored response is added once its transaction
 * commits, so the index never misses or doubles a response. (One application instance per
 * database; a second would need its own rebuild on each response.)
 */
@Component
public class SurveyIndexes implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SurveyIndexes.class);

	private final Map<Long, AnswerIndex> indexes = new ConcurrentHashMap<>();

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	SurveyIndexes(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Long> published = this.jdbc.queryForList("select id from survey where status = 'PUBLISHED'", Long.class);
		for (Long id : published) {
			long started = System.nanoTime();
			AnswerIndex index = build(id);
			this.indexes.put(id, index);
			log.info("Survey {}: index of {} responses built in {} ms ({} bytes)", id, index.size(),
					(System.nanoTime() - started) / 1_000_000, index.sizeInBytes());
		}
	}

	/** The index of a published survey; an empty one for a survey just published. */
	public AnswerIndex index(long surveyId) {
		return this.indexes.computeIfAbsent(surveyId, this::build);
	}

	/**
	 * A survey just published has no responses (links open only after publication), so
	 * its index starts empty and every response is added as it arrives.
	 */
	@TransactionalEventListener
	void on(SurveyPublished published) {
		this.indexes.putIfAbsent(published.surveyId(), new AnswerIndex());
	}

	@TransactionalEventListener
	void on(ResponseRecorded recorded) {
		this.indexes.computeIfPresent(recorded.surveyId(), (id, index) -> {
			index.add(recorded.linkId(), recorded.answers());
			return index;
		});
	}

	/**
	 * Adds responses imported into a survey (with no link), called once their transaction
	 * has committed. Not an event: the answers of a whole file would otherwise be
	 * serialised into the event publication log.
	 */
	public void addImported(long surveyId, List<Map<String, List<String>>> answers) {
		this.indexes.computeIfPresent(surveyId, (id, index) -> {
			answers.forEach((one) -> index.add(null, one));
			return index;
		});
	}

	private AnswerIndex build(long surveyId) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			return AnswerIndexLoader.load(connection, surveyId);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not build the index of survey " + surveyId, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
