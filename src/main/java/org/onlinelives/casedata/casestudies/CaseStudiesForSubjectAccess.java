package org.onlinelives.casedata.casestudies;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.CaseStudiesHeld;
import org.onlinelives.assessment.SubjectAccessRows;
import org.onlinelives.platform.accesslog.AccessLogAbout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case studies a subject access export holds: whole rows, so a column added later is
 * included, with the findings marked "not an identifier" and every access-log entry about
 * each study. Only studies still linked to one of the young person's assessments are
 * theirs; publication drops the link.
 */
@Component
class CaseStudiesForSubjectAccess implements CaseStudiesHeld {

	private final JdbcClient jdbc;

	private final AccessLogAbout accessLogAbout;

	CaseStudiesForSubjectAccess(JdbcClient jdbc, AccessLogAbout accessLogAbout) {
		this.jdbc = jdbc;
		this.accessLogAbout = accessLogAbout;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldCaseStudy> proposedFrom(long partnershipId, long agencyId, Collection<Long> assessmentIds) {
		if (assessmentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from case_study
				where partnership_id = :partnership and agency_id = :agency and source_assessment_id in (:assessments)
				order by created_at, id""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("assessments", List.copyOf(assessmentIds))
			.query((rs, n) -> SubjectAccessRows.row(rs))
			.list()
			.stream()
			.map((study) -> held(partnershipId, study))
			.toList();
	}

	private HeldCaseStudy held(long partnershipId, Map<String, Object> study) {
		long id = ((Number) study.get("id")).longValue();
		List<Map<String, Object>> dismissals = this.jdbc.sql("""
				select d.* from case_study_dismissal d join case_study s on s.id = d.case_study_id
				where s.id = :id and s.partnership_id = :partnership
				order by d.dismissed_at, d.kind, d.found_text""")
			.param("id", id)
			.param("partnership", partnershipId)
			.query((rs, n) -> SubjectAccessRows.row(rs))
			.list();
		List<Map<String, Object>> history = this.accessLogAbout
			.about(partnershipId, CaseStudyWorkflow.RECORD_TYPE, List.of(id))
			.stream()
			.map(SubjectAccessRows::row)
			.toList();
		return new HeldCaseStudy(study, dismissals, history);
	}

}
