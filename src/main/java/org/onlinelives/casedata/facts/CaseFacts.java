package org.onlinelives.casedata.facts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.assessment.PlatformName;
import org.onlinelives.assessment.CaseSnapshot.PromptFact;
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

	private final Clock clock;

	private final CaseFactPlatforms platforms;

	CaseFacts(JdbcClient jdbc, Clock clock, CaseFactPlatforms platforms) {
		this.jdbc = jdbc;
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
		items.forEach((key, code) -> this.jdbc
			.sql("insert into case_fact_item (fact_key, dimension, code) values (:key, :dimension, :code)")
			.param("key", snapshot.caseKey())
			.param("dimension", key.substring(0, key.indexOf('|')))
			.param("code", code)
			.update());
		List<PromptFact> prompts = new ArrayList<>(snapshot.prompts());
		for (int i = 0; i < prompts.size(); i++) {
			PromptFact prompt = prompts.get(i);
			this.jdbc.sql("""
					insert into case_fact_prompt (fact_key, list_index, code, urgent, raised_at, answered_at)
					values (:key, :index, :code, :urgent, :raised, :answered)""")
				.param("key", snapshot.caseKey())
				.param("index", i)
				.param("code", prompt.code())
				.param("urgent", prompt.urgent())
				.param("raised", Timestamp.from(prompt.raisedAt()))
				.param("answered", (prompt.answeredAt() != null) ? Timestamp.from(prompt.answeredAt()) : null)
				.update();
		}
		return true;
	}

	private java.util.Map<String, Object> row(CaseSnapshot snapshot) {
		java.util.Map<String, Object> row = new java.util.HashMap<>();
		row.put("key", snapshot.caseKey());
		row.put("partnership", snapshot.partnershipId());
		row.put("agency", snapshot.agencyId());
		row.put("team", snapshot.teamId());
		row.put("month", snapshot.countedMonth());
		row.put("ageBand", snapshot.ageBand());
		row.put("gender", snapshot.gender());
		row.put("referral", snapshot.referralSource());
		row.put("online", snapshot.onlineComponent());
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

	/** A platform as counted: spaces collapsed, at most {@value #MAX_CODE} characters. */
	static String platformName(String platform) {
		String name = PlatformName.tidy(platform);
		return (name.length() > MAX_CODE) ? name.substring(0, MAX_CODE) : name;
	}

}
