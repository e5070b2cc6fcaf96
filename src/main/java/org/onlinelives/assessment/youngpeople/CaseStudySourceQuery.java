package org.onlinelives.assessment.youngpeople;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.assessment.CaseStudySources;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the material of a case study from the assessment module's own tables, always
 * within the person's partnership and agency.
 */
@Component
class CaseStudySourceQuery implements CaseStudySources {

	private final JdbcClient jdbc;

	private final YoungPeopleService youngPeople;

	private final Catalogue catalogue;

	private final AccessLog accessLog;

	private final Clock clock;

	CaseStudySourceQuery(JdbcClient jdbc, YoungPeopleService youngPeople, Catalogue catalogue, AccessLog accessLog,
			Clock clock) {
		this.jdbc = jdbc;
		this.youngPeople = youngPeople;
		this.catalogue = catalogue;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseStudySource> latestCompleted(SignedInUser user, String caseReference) {
		if (!YoungPeopleService.mayWorkWithRecords(user) || caseReference == null || caseReference.isBlank()) {
			return Optional.empty();
		}
		Optional<Long> personId = this.jdbc
			.sql("""
					select id from young_person
					where partnership_id = :partnership and agency_id = :agency and lower(case_reference) = lower(:reference)""")
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.param("reference", caseReference.trim())
			.query(Long.class)
			.optional();
		if (personId.isEmpty()) {
			return Optional.empty();
		}
		YoungPerson person = this.youngPeople.find(user, personId.get());
		Optional<Assessed> latest = this.jdbc.sql("""
				select id, vulnerability_factors, scenarios from assessment
				where partnership_id = :partnership and agency_id = :agency and young_person_id = :person
				  and status = 'COMPLETED'
				order by sequence_number desc
				limit 1""")
			.param("partnership", person.getPartnershipId())
			.param("agency", person.getAgencyId())
			.param("person", person.getId())
			.query((rs, row) -> new Assessed(rs.getLong("id"), split(rs.getString("vulnerability_factors")),
					split(rs.getString("scenarios"))))
			.optional();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, YoungPeopleService.RECORD_TYPE, person.getId(),
				"assessment " + latest.get().id() + " read for a case study draft");
		Set<String> cs = new TreeSet<>();
		for (String scenario : latest.get().scenarios()) {
			this.catalogue.scenarioGroups()
				.stream()
				.filter((group) -> group.scenarios().stream().anyMatch((s) -> s.code().equals(scenario)))
				.findFirst()
				.ifPresent((group) -> cs.add(group.c().name()));
		}
		return Optional.of(new CaseStudySource(latest.get().id(), CaseSnapshot.ageBand(person.ageToday(this.clock)), cs,
				latest.get().scenarios(), latest.get().factors(), List.of(person.getCaseReference())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> identifiersOf(SignedInUser user, long assessmentId) {
		if (user.agencyId() == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select yp.case_reference from young_person yp join assessment a on a.young_person_id = yp.id
				where a.id = :assessment and a.partnership_id = :partnership and a.agency_id = :agency
				  and yp.partnership_id = :partnership and yp.agency_id = :agency""")
			.param("assessment", assessmentId)
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.query(String.class)
			.list();
	}

	private static Set<String> split(String codes) {
		return (codes == null || codes.isBlank()) ? Set.of() : new LinkedHashSet<>(Arrays.asList(codes.split(",")));
	}

	private record Assessed(long id, Set<String> factors, Set<String> scenarios) {
	}

}
