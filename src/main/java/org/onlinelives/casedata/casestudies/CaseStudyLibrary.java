package org.onlinelives.casedata.casestudies;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's library of published case studies, open to everyone signed in to the
 * partnership. Only published studies are ever read here.
 */
@Service
public class CaseStudyLibrary {

	/** The most studies one search lists. */
	public static final int MAX_RESULTS = 100;

	public static final int MAX_SEARCH_TEXT = 200;

	private final JdbcClient jdbc;

	private final CaseStudies studies;

	private final AccessLog accessLog;

	CaseStudyLibrary(JdbcClient jdbc, CaseStudies studies, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.studies = studies;
		this.accessLog = accessLog;
	}

	/**
	 * What to look for; each part may be null for any.
	 *
	 * @param c a C code
	 * @param scenario a scenario code
	 * @param ageBand an age band
	 * @param text words in the title or narrative
	 */
	public record Search(String c, String scenario, String ageBand, String text) {
	}

	/**
	 * A published study in a list.
	 *
	 * @param id the study
	 * @param title its title
	 * @param ageBand the age band
	 * @param cs its Cs
	 * @param scenarios its scenario codes
	 * @param publishedAt when it was published
	 */
	public record Entry(long id, String title, String ageBand, List<String> cs, List<String> scenarios,
			Instant publishedAt) {
	}

	/**
	 * Published studies matching the search, latest first, at most {@link #MAX_RESULTS}.
	 */
	@Transactional(readOnly = true)
	public List<Entry> search(SignedInUser user, Search search) {
		StringBuilder sql = new StringBuilder("""
				select id, title, age_band, cs, scenarios, published_at from case_study
				where partnership_id = :partnership and status = 'PUBLISHED'""");
		var query = new java.util.LinkedHashMap<String, Object>();
		query.put("partnership", user.partnershipId());
		if (search.c() != null) {
			sql.append(" and cs like :c");
			query.put("c", "%," + search.c() + ",%");
		}
		if (search.scenario() != null) {
			sql.append(" and scenarios like :scenario");
			query.put("scenario", "%," + search.scenario() + ",%");
		}
		if (search.ageBand() != null) {
			sql.append(" and age_band = :ageBand");
			query.put("ageBand", search.ageBand());
		}
		if (search.text() != null && !search.text().isBlank()) {
			String words = search.text().strip().toLowerCase(Locale.UK);
			for (int i = 0; i < Math.min(10, words.split("\\s+").length); i++) {
				String word = words.split("\\s+")[i];
				// "!" escapes like's wildcards, so "100%" looks for a percent sign
				sql.append(" and (lower(title) like :w")
					.append(i)
					.append(" escape '!' or lower(narrative) like :w")
					.append(i)
					.append(" escape '!')");
				query.put("w" + i, "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			}
		}
		sql.append(" order by published_at desc, id desc limit ").append(MAX_RESULTS);
		return this.jdbc.sql(sql.toString())
			.params(query)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("title"), rs.getString("age_band"),
					split(rs.getString("cs")), split(rs.getString("scenarios")),
					rs.getObject("published_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The scenario codes of the partnership's published studies, for the filter. */
	@Transactional(readOnly = true)
	public List<String> scenariosInUse(SignedInUser user) {
		TreeSet<String> codes = new TreeSet<>();
		this.jdbc.sql("select scenarios from case_study where partnership_id = :partnership and status = 'PUBLISHED'")
			.param("partnership", user.partnershipId())
			.query(String.class)
			.list()
			.forEach((stored) -> codes.addAll(split(stored)));
		return List.copyOf(codes);
	}

	/** A published study to read; the view is logged. */
	@Transactional(readOnly = true)
	public CaseStudy read(SignedInUser user, long id) {
		CaseStudy study = this.studies.findByIdAndPartnershipId(id, user.partnershipId())
			.filter((found) -> found.getStatus() == CaseStudyStatus.PUBLISHED)
			.orElseThrow(() -> new RecordNotFoundException(CaseStudyWorkflow.RECORD_TYPE, id));
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, CaseStudyWorkflow.RECORD_TYPE, id, "library");
		return study;
	}

	private static List<String> split(String stored) {
		return Arrays.stream(stored.split(",")).filter((code) -> !code.isBlank()).toList();
	}

}
