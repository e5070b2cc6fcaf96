package org.onlinelives.survey.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.onlinelives.survey.engine.CrossTabPlan;
import org.onlinelives.survey.responses.AnswerCodec;

/**
 * Generated survey data for the benchmark: responses over several years, a groups
 * question with {@link #GROUPS} groups and {@link #SCENARIOS} scenario questions answered
 * Never/Sometimes/Often (Often counts). Stored in the application's own
 * {@code survey_response} table and format; DuckDB gets the same responses as a wide
 * table (one column per group and scenario), its best shape for this query.
 */
final class BenchmarkData {

	static final int GROUPS = 10;

	static final int SCENARIOS = 30;

	static final int FIRST_YEAR = 2022;

	static final int YEARS = 5;

	static final String[] LEVELS = { "NEVER", "SOMETIMES", "OFTEN" };

	private BenchmarkData() {
	}

	static String group(int g) {
		return "G" + g;
	}

	static String scenario(int s) {
		return "S" + s;
	}

	static CrossTabPlan plan() {
		List<CrossTabPlan.ScenarioColumn> scenarios = new ArrayList<>();
		for (int s = 0; s < SCENARIOS; s++) {
			scenarios.add(new CrossTabPlan.ScenarioColumn(scenario(s), List.of("OFTEN")));
		}
		List<String> groups = new ArrayList<>();
		for (int g = 0; g < GROUPS; g++) {
			groups.add(group(g));
		}
		return new CrossTabPlan(scenarios, "GROUPS", groups, "PREFER_NOT_TO_SAY");
	}

	/** Creates the survey tables in H2 and fills them; survey ids are the years. */
	static void generate(Connection h2, int responses, long seed) throws SQLException {
		try (Statement ddl = h2.createStatement()) {
			ddl.execute("create table survey_response (id uuid primary key, survey_id bigint not null, "
					+ "link_id bigint, answers varchar(8000) not null)");
			ddl.execute("create index survey_response_survey on survey_response (survey_id)");
		}
		Random random = new Random(seed);
		double[] groupShare = new double[GROUPS];
		double[] scenarioBase = new double[SCENARIOS];
		for (int g = 0; g < GROUPS; g++) {
			groupShare[g] = 0.03 + 0.12 * random.nextDouble();
		}
		for (int s = 0; s < SCENARIOS; s++) {
			scenarioBase[s] = 0.02 + 0.2 * random.nextDouble();
		}
		h2.setAutoCommit(false);
		try (PreparedStatement insert = h2
			.prepareStatement("insert into survey_response (id, survey_id, link_id, answers) values (?, ?, ?, ?)")) {
			StringBuilder answers = new StringBuilder(512);
			for (int i = 0; i < responses; i++) {
				answers.setLength(0);
				int year = FIRST_YEAR + (i % YEARS);
				int groupsHeld = 0;
				double declineOrSkip = random.nextDouble();
				if (declineOrSkip < 0.04) {
					answers.append("GROUPS=PREFER_NOT_TO_SAY");
				}
				else if (declineOrSkip < 0.08) {
					// skipped the groups question
				}
				else {
					answers.append("GROUPS=");
					int start = answers.length();
					for (int g = 0; g < GROUPS; g++) {
						if (random.nextDouble() < groupShare[g]) {
							if (answers.length() > start) {
								answers.append('|');
							}
							answers.append(group(g));
							groupsHeld++;
						}
					}
					if (answers.length() == start) {
						answers.append("NONE");
					}
				}
				for (int s = 0; s < SCENARIOS; s++) {
					if (random.nextDouble() < 0.05) {
						continue;
					}
					// seed 000's digital divide: each vulnerability adds to the chance
					double often = Math.min(0.9, scenarioBase[s] * (1 + 0.6 * groupsHeld));
					double roll = random.nextDouble();
					String level = (roll < often) ? "OFTEN" : (roll < often + 0.25) ? "SOMETIMES" : "NEVER";
					if (!answers.isEmpty()) {
						answers.append(';');
					}
					answers.append(scenario(s)).append('=').append(level);
				}
				insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
				insert.setLong(2, year);
				insert.setLong(3, 1 + random.nextInt(40));
				insert.setString(4, answers.toString());
				insert.addBatch();
				if (i % 10_000 == 9_999) {
					insert.executeBatch();
					h2.commit();
				}
			}
			insert.executeBatch();
			h2.commit();
		}
		h2.setAutoCommit(true);
	}

	/** Loads DuckDB's wide table from the same H2 rows, through its appender. */
	static void loadDuckDb(Connection h2, DuckDBConnection duck) throws SQLException {
		try (Statement ddl = duck.createStatement()) {
			ddl.execute("drop table if exists responses");
			StringBuilder columns = new StringBuilder("survey_year integer, link_id bigint");
			for (int g = 0; g < GROUPS; g++) {
				columns.append(", g").append(g).append(" boolean");
			}
			for (int s = 0; s < SCENARIOS; s++) {
				columns.append(", s").append(s).append(" tinyint");
			}
			ddl.execute("create table responses (" + columns + ")");
		}
		Boolean[] groups = new Boolean[GROUPS];
		byte[] levels = new byte[SCENARIOS];
		try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "responses");
				Statement select = h2.createStatement()) {
			select.setFetchSize(10_000);
			try (ResultSet rows = select.executeQuery("select survey_id, link_id, answers from survey_response")) {
				while (rows.next()) {
					java.util.Arrays.fill(groups, null);
					java.util.Arrays.fill(levels, (byte) -1);
					boolean[] answeredGroups = { false };
					AnswerCodec.visit(rows.getString(3), (question, option) -> {
						if (question.equals("GROUPS")) {
							if (option.equals("PREFER_NOT_TO_SAY")) {
								answeredGroups[0] = false;
								java.util.Arrays.fill(groups, null);
								return;
							}
							if (!answeredGroups[0]) {
								answeredGroups[0] = true;
								java.util.Arrays.fill(groups, Boolean.FALSE);
							}
							if (option.charAt(0) == 'G') {
								groups[Integer.parseInt(option.substring(1))] = Boolean.TRUE;
							}
						}
						else {
							int s = Integer.parseInt(question.substring(1));
							levels[s] = (byte) (option.equals("OFTEN") ? 2 : option.equals("SOMETIMES") ? 1 : 0);
						}
					});
					appender.beginRow();
					appender.append(rows.getInt(1));
					appender.append(rows.getLong(2));
					for (Boolean group : groups) {
						if (group == null) {
							appender.appendNull();
						}
						else {
							appender.append(group.booleanValue());
						}
					}
					for (byte level : levels) {
						if (level < 0) {
							appender.appendNull();
						}
						else {
							appender.append(level);
						}
					}
					appender.endRow();
				}
			}
		}
	}

	/**
	 * The same cross-tab in SQL: per year, each scenario overall, and per group within
	 * and outside the group (NULL group columns, from "rather not say" or a skipped
	 * question, fall out of both, as in the bitmap engine).
	 */
	static String duckDbCrossTab() {
		// Counts as sums of 0/1 (a null condition adds nothing): with FILTER clauses the
		// same
		// 1,260 counts took DuckDB minutes, with sums seconds.
		StringBuilder sql = new StringBuilder("select survey_year");
		for (int s = 0; s < SCENARIOS; s++) {
			String often = "s" + s + " = 2";
			String answered = "s" + s + " is not null";
			sql.append(", ").append(count(often)).append(", ").append(count(answered));
			for (int g = 0; g < GROUPS; g++) {
				String in = "g" + g;
				String out = "not g" + g;
				sql.append(", ")
					.append(count(in + " and " + often))
					.append(", ")
					.append(count(in + " and " + answered));
				sql.append(", ")
					.append(count(out + " and " + often))
					.append(", ")
					.append(count(out + " and " + answered));
			}
		}
		return sql.append(" from responses group by survey_year order by survey_year").toString();
	}

	private static String count(String condition) {
		return "sum(cast((" + condition + ") as integer))::bigint";
	}

}
