package org.onlinelives.casedata.facts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.assessment.PlatformName;
import org.onlinelives.assessment.CaseSnapshot.PromptFact;
import org.onlinelives.platform.database.TableStatistics;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the fact rows of one case from its snapshot, replacing what was there unless
 * what was there is newer.
 */
@Component
public class CaseFacts {

	static final int MAX_CODE = 100;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	private final CaseFactPlatforms platforms;

	private final TableStatistics statistics;

	CaseFacts(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock, CaseFactPlatforms platforms,
			TableStatistics statistics) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.platforms = platforms;
	}

	/**
	 * Keeps the snapshot's facts; returns false if a newer revision is already kept. Two
	 * events about one case may be handled at once: the case's row is created if missing
	 * and then locked, so the second waits for the first and sees its revision.
	 */
	public boolean keep(CaseSnapshot snapshot) {
		return keep(snapshot, platformMerges(snapshot.partnershipId()));
	}

	/** The partnership's merged platform spellings, read once for many cases. */
	Map<String, String> platformMerges(long partnershipId) {
		return this.platforms.merges(partnershipId);
	}

	/** {@link #keep(CaseSnapshot)} with the partnership's merges already read. */
	boolean keep(CaseSnapshot snapshot, Map<String, String> merged) {
		this.jdbc
			.sql("""
					insert into case_fact (fact_key, partnership_id, agency_id, team_id, counted_month, age_band, gender,
					    referral_source, online_component, outcome, outcome_date, assessments_completed, revision, updated_at)
					values (:key, :partnership, :agency, :team, :month, :ageBand, :gender, :referral, :online, :outcome,
					    :outcomeDate, :assessments, -1, :now)
					on conflict do nothing""")
			.params(row(snapshot))
			.update();
		Long kept = this.jdbc.sql("select revision from case_fact where fact_key = :key for update")
			.param("key", snapshot.caseKey())
			.query(Long.class)
			.single();
		if (kept > snapshot.revision()) {
			return false;
		}
		this.jdbc.sql("delete from case_fact_item where fact_key = :key").param("key", snapshot.caseKey()).update();
		this.jdbc.sql("delete from case_fact_prompt where fact_key = :key").param("key", snapshot.caseKey()).update();
		this.jdbc.sql("""
				update case_fact set partnership_id = :partnership, agency_id = :agency, team_id = :team,
				    counted_month = :month, age_band = :ageBand, gender = :gender, referral_source = :referral,
				    online_component = :online, outcome = :outcome, outcome_date = :outcomeDate,
				    assessments_completed = :assessments, revision = :revision, updated_at = :now
				where fact_key = :key""").params(row(snapshot)).update();
		insertItemsAndPrompts(itemRows(snapshot, merged), promptRows(snapshot));
		return true;
	}

	/**
	 * Keeps many cases' facts in batches, after {@link #removeAll} (a rebuild): a case
	 * whose row is there already (kept by an event since the rebuild began) goes through
	 * {@link #keep(CaseSnapshot, Map)}, which keeps the newer revision.
	 */
	void keepAll(List<CaseSnapshot> snapshots, Map<String, String> merged) {
		if (snapshots.isEmpty()) {
			return;
		}
		int[] inserted = this.batch.batchUpdate(
				"""
						insert into case_fact (fact_key, partnership_id, agency_id, team_id, counted_month, age_band, gender,
						    referral_source, online_component, outcome, outcome_date, assessments_completed, revision, updated_at)
						values (:key, :partnership, :agency, :team, :month, :ageBand, :gender, :referral, :online, :outcome,
						    :outcomeDate, :assessments, :revision, :now)
						on conflict do nothing""",
				snapshots.stream()
					.map((snapshot) -> new MapSqlParameterSource(row(snapshot)))
					.toArray(SqlParameterSource[]::new));
		List<Map<String, Object>> items = new ArrayList<>();
		List<Map<String, Object>> prompts = new ArrayList<>();
		for (int i = 0; i < snapshots.size(); i++) {
			CaseSnapshot snapshot = snapshots.get(i);
			if (inserted[i] == 0) {
				keep(snapshot, merged);
				continue;
			}
			items.addAll(itemRows(snapshot, merged));
			prompts.addAll(promptRows(snapshot));
		}
		insertItemsAndPrompts(items, prompts);
	}

	/** The one place item and prompt rows are written, in a batch each. */
	private void insertItemsAndPrompts(List<Map<String, Object>> items, List<Map<String, Object>> prompts) {
		this.batch.batchUpdate(
				"""
						insert into case_fact_item (fact_key, dimension, code, code_key, partnership_id, agency_id, counted_month,
						    age_band, gender, online_component)
						values (:key, :dimension, :code, lower(:code), :partnership, :agency, :month, :ageBand, :gender, :online)""",
				items.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
		this.batch.batchUpdate(
				"""
						insert into case_fact_prompt (fact_key, list_index, code, urgent, raised_at, answered_at, partnership_id,
						    agency_id, counted_month, age_band, gender, online_component)
						values (:key, :index, :code, :urgent, :raised, :answered, :partnership, :agency, :month, :ageBand, :gender,
						    :online)""",
				prompts.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
	}

	/**
	 * The case's multi-valued facts, one row each, platforms counted under their merged
	 * name.
	 */
	private static List<Map<String, Object>> itemRows(CaseSnapshot snapshot, Map<String, String> merged) {
		Map<String, String> items = new TreeMap<>();
		snapshot.cs().forEach((code) -> items.put(Dimension.C + "|" + code, code));
		snapshot.scenarios().forEach((code) -> items.put(Dimension.SCENARIO + "|" + code, code));
		snapshot.factors().forEach((code) -> items.put(Dimension.FACTOR + "|" + code, code));
		snapshot.offlineAdversities().forEach((code) -> items.put(Dimension.ADVERSITY + "|" + code, code));
		for (String platform : snapshot.platforms()) {
			String name = platformName(merged.getOrDefault(PlatformName.key(platform), platform));
			if (!name.isEmpty()) {
				items.putIfAbsent(Dimension.PLATFORM + "|" + PlatformName.key(name), name);
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		items.forEach((key, code) -> {
			Map<String, Object> row = scope(snapshot);
			row.put("dimension", key.substring(0, key.indexOf('|')));
			row.put("code", code);
			rows.add(row);
		});
		return rows;
	}

	private static List<Map<String, Object>> promptRows(CaseSnapshot snapshot) {
		List<PromptFact> prompts = new ArrayList<>(snapshot.prompts());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < prompts.size(); i++) {
			PromptFact prompt = prompts.get(i);
			Map<String, Object> row = scope(snapshot);
			row.put("index", i);
			row.put("code", prompt.code());
			row.put("urgent", prompt.urgent());
			row.put("raised", Timestamp.from(prompt.raisedAt()));
			row.put("answered", (prompt.answeredAt() != null) ? Timestamp.from(prompt.answeredAt()) : null);
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The case's key and the columns its items and prompts repeat from it, so that counts
	 * of them need not join the facts.
	 */
	private static Map<String, Object> scope(CaseSnapshot snapshot) {
		Map<String, Object> row = new HashMap<>();
		row.put("key", snapshot.caseKey());
		row.put("partnership", snapshot.partnershipId());
		row.put("agency", snapshot.agencyId());
		row.put("month", snapshot.countedMonth());
		row.put("ageBand", snapshot.ageBand());
		row.put("gender", snapshot.gender());
		row.put("online", snapshot.onlineComponent());
		return row;
	}

	private Map<String, Object> row(CaseSnapshot snapshot) {
		Map<String, Object> row = scope(snapshot);
		row.put("team", snapshot.teamId());
		row.put("referral", snapshot.referralSource());
		row.put("outcome", snapshot.outcome());
		row.put("outcomeDate", snapshot.outcomeDate());
		row.put("assessments", snapshot.assessmentsCompleted());
		row.put("revision", snapshot.revision());
		row.put("now", Timestamp.from(Instant.now(this.clock)));
		return row;
	}

	/** Removes every fact of a partnership (before a rebuild). */
	public int removeAll(long partnershipId) {
		this.jdbc.sql("""
				delete from case_fact_item where fact_key in (select fact_key from case_fact
				                                             where partnership_id = :partnership)""")
			.param("partnership", partnershipId)
			.update();
		this.jdbc.sql("""
				delete from case_fact_prompt where fact_key in (select fact_key from case_fact
				                                               where partnership_id = :partnership)""")
			.param("partnership", partnershipId)
			.update();
		return this.jdbc.sql("delete from case_fact where partnership_id = :partnership")
			.param("partnership", partnershipId)
			.update();
	}

	/**
	 * After a rebuild has rewritten every fact, so that the dashboards' queries are
	 * planned for the tables as they now are.
	 */
	void refreshStatistics() {
		this.statistics.refresh("case_fact", "case_fact_item", "case_fact_prompt");
	}

	/** A platform as counted: spaces collapsed, at most {@value #MAX_CODE} characters. */
	static String platformName(String platform) {
		String name = PlatformName.tidy(platform);
		return (name.length() > MAX_CODE) ? name.substring(0, MAX_CODE) : name;
	}

}
