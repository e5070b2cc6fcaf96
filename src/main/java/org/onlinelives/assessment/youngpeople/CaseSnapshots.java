package org.onlinelives.assessment.youngpeople;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.assessment.CaseDataQuery.CountedCases;
import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.assessment.CaseSnapshot.PromptFact;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the de-identified snapshot of a case that the assessment module publishes (in
 * its events and through {@link CaseDataQuery}). Reads only the assessment module's own
 * tables, always within one partnership and agency.
 */
@Component
public class CaseSnapshots implements CaseDataQuery {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final PeopleDirectory users;

	private final Clock clock;

	CaseSnapshots(JdbcClient jdbc, Catalogue catalogue, PeopleDirectory users, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The case as it is now, or empty if it is not counted yet (no completed assessment
	 * and no outcome).
	 */
	public Optional<CaseSnapshot> of(YoungPerson person) {
		Records records = records(person.getPartnershipId(), List.of(person));
		return of(person, records, new HashMap<>());
	}

	/** What a page of people's snapshots are made from, read in two queries. */
	private record Records(Map<Long, List<CompletedAssessment>> completed, Map<Long, List<PromptFact>> prompts) {
	}

	/**
	 * The completed assessments (latest first) and their prompts (oldest assessment
	 * first, in list order) of the people, each person's own agency's only.
	 */
	private Records records(long partnershipId, List<YoungPerson> people) {
		Map<Long, Long> agencyOf = new HashMap<>();
		people.forEach((person) -> agencyOf.put(person.getId(), person.getAgencyId()));
		Map<Long, List<CompletedAssessment>> completed = new HashMap<>();
		Map<Long, List<PromptFact>> prompts = new HashMap<>();
		if (people.isEmpty()) {
			return new Records(completed, prompts);
		}
		// a range of ids rather than an IN list: the database then reads one stretch of
		// the index
		// (H2 does not use an index for a parameterised IN list); others in the range are
		// skipped below
		long first = people.stream().mapToLong(YoungPerson::getId).min().getAsLong();
		long last = people.stream().mapToLong(YoungPerson::getId).max().getAsLong();
		this.jdbc.sql("""
				select young_person_id, agency_id, id, completed_at, completed_by, vulnerability_factors, scenarios,
				       offline_adversities
				from assessment
				where partnership_id = :partnership and young_person_id between :first and :last
				  and status = 'COMPLETED'
				order by young_person_id, sequence_number desc""")
			.param("partnership", partnershipId)
			.param("first", first)
			.param("last", last)
			.query((RowCallbackHandler) (rs) -> {
				long person = rs.getLong("young_person_id");
				if (Long.valueOf(rs.getLong("agency_id")).equals(agencyOf.get(person))) {
					completed.computeIfAbsent(person, (id) -> new ArrayList<>())
						.add(new CompletedAssessment(rs.getLong("id"),
								rs.getObject("completed_at", OffsetDateTime.class).toInstant(),
								rs.getLong("completed_by"), split(rs.getString("vulnerability_factors")),
								split(rs.getString("scenarios")), split(rs.getString("offline_adversities"))));
				}
			});
		this.jdbc.sql("""
				select a.young_person_id, a.agency_id, p.code, p.urgency, a.completed_at, p.answered_at
				from assessment_prompt p join assessment a on a.id = p.assessment_id
				where a.partnership_id = :partnership and a.young_person_id between :first and :last
				  and a.status = 'COMPLETED'
				order by a.young_person_id, a.sequence_number, p.list_index""")
			.param("partnership", partnershipId)
			.param("first", first)
			.param("last", last)
			.query((RowCallbackHandler) (rs) -> {
				long person = rs.getLong("young_person_id");
				if (Long.valueOf(rs.getLong("agency_id")).equals(agencyOf.get(person))) {
					OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
					prompts.computeIfAbsent(person, (id) -> new ArrayList<>())
						.add(new PromptFact(rs.getString("code"), "URGENT".equals(rs.getString("urgency")),
								rs.getObject("completed_at", OffsetDateTime.class).toInstant(),
								(answered != null) ? answered.toInstant() : null));
				}
			});
		return new Records(completed, prompts);
	}

	/**
	 * The snapshot from records already read; {@code teams} remembers each practitioner's
	 * team.
	 */
	private Optional<CaseSnapshot> of(YoungPerson person, Records records, Map<Long, Optional<Long>> teams) {
		List<CompletedAssessment> completed = records.completed().getOrDefault(person.getId(), List.of());
		if (completed.isEmpty() && person.getOutcome() == null) {
			return Optional.empty();
		}
		List<PromptFact> prompts = records.prompts().getOrDefault(person.getId(), List.of());
		LocalDate counted = completed.isEmpty() ? person.getOutcomeDate()
				: LocalDate.ofInstant(completed.get(completed.size() - 1).completedAt(), UK);
		CompletedAssessment latest = completed.isEmpty() ? null : completed.get(0);
		Long teamId = (latest == null) ? null
				: teams
					.computeIfAbsent(latest.completedBy(),
							(id) -> this.users.find(person.getPartnershipId(), id).map(User::getTeamId))
					.orElse(null);
		Set<String> scenarios = (latest != null) ? latest.scenarios() : Set.of();
		Set<String> cs = new TreeSet<>();
		for (String scenario : scenarios) {
			this.catalogue.scenarioGroups()
				.stream()
				.filter((group) -> group.scenarios().stream().anyMatch((s) -> s.code().equals(scenario)))
				.findFirst()
				.ifPresent((group) -> cs.add(group.c().name()));
		}
		return Optional.of(new CaseSnapshot(person.getFactKey(), person.getPartnershipId(), person.getAgencyId(),
				teamId, counted.withDayOfMonth(1), CaseSnapshot.ageBand(person.ageToday(this.clock)),
				person.getGender().name(), person.getReferralSource().name(), person.isOnlineComponent(),
				person.platforms(), cs, scenarios, (latest != null) ? latest.factors() : Set.of(),
				(latest != null) ? latest.adversities() : Set.of(), prompts,
				(person.getOutcome() != null) ? person.getOutcome().name() : null, person.getOutcomeDate(),
				completed.size(), person.getVersion()));
	}

	@Override
	@Transactional(readOnly = true)
	public CountedCases countedCases(long partnershipId, long after, int size) {
		List<YoungPerson> people = this.jdbc.sql("""
				select * from young_person yp
				where yp.partnership_id = :partnership and yp.id > :after
				  and (yp.outcome is not null or exists (select 1 from assessment a
				       where a.young_person_id = yp.id and a.agency_id = yp.agency_id and a.status = 'COMPLETED'))
				order by yp.id
				limit :limit""")
			.param("partnership", partnershipId)
			.param("after", after)
			.param("limit", size)
			.query((rs, row) -> new YoungPerson(rs.getLong("id"), rs.getLong("partnership_id"), rs.getLong("agency_id"),
					rs.getString("case_reference"), rs.getObject("date_of_birth", LocalDate.class),
					(Integer) rs.getObject("age"), Gender.valueOf(rs.getString("gender")),
					rs.getBoolean("online_component"), rs.getString("platforms"),
					ReferralSource.valueOf(rs.getString("referral_source")),
					(rs.getString("outcome") != null) ? CaseOutcome.valueOf(rs.getString("outcome")) : null,
					rs.getObject("outcome_date", LocalDate.class), rs.getString("fact_key"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), Set.of(), rs.getLong("version")))
			.list();
		Records records = records(partnershipId, people);
		Map<Long, Optional<Long>> teams = new HashMap<>();
		List<CaseSnapshot> snapshots = new ArrayList<>();
		for (YoungPerson person : people) {
			of(person, records, teams).ifPresent(snapshots::add);
		}
		return new CountedCases(snapshots, people.isEmpty() ? after : people.get(people.size() - 1).getId());
	}

	@Override
	public String title(String code) {
		return this.catalogue.scenario(code)
			.map((scenario) -> scenario.title())
			.or(() -> this.catalogue.factor(code).map((factor) -> factor.title()))
			.or(() -> this.catalogue.offlineAdversity(code).map((adversity) -> adversity.title()))
			.or(() -> this.catalogue.procedurePrompt(code).map((prompt) -> prompt.title()))
			.orElse(code);
	}

	@Override
	public List<String> genderCodes() {
		return Arrays.stream(Gender.values()).map(Enum::name).toList();
	}

	private static Set<String> split(String codes) {
		return (codes == null || codes.isBlank()) ? Set.of() : new LinkedHashSet<>(Arrays.asList(codes.split(",")));
	}

	private record CompletedAssessment(long id, Instant completedAt, long completedBy, Set<String> factors,
			Set<String> scenarios, Set<String> adversities) {
	}

}
