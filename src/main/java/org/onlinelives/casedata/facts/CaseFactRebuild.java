package org.onlinelives.casedata.facts;

import java.util.Map;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.assessment.CaseDataQuery.CountedCases;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regenerates a partnership's facts from the assessment module's published query, for
 * when facts were lost or the way they are kept changed.
 */
@Service
public class CaseFactRebuild {

	static final int PAGE = 500;

	private final CaseDataQuery cases;

	private final CaseFacts facts;

	private final AccessLog accessLog;

	CaseFactRebuild(CaseDataQuery cases, CaseFacts facts, AccessLog accessLog) {
		this.cases = cases;
		this.facts = facts;
		this.accessLog = accessLog;
	}

	/** Replaces every fact of the administrator's partnership; returns the cases kept. */
	@Transactional
	public int rebuild(SignedInUser user) {
		if (!user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			throw new AccessDeniedException("Only administrators rebuild case data");
		}
		this.facts.removeAll(user.partnershipId());
		int kept = 0;
		Map<String, String> merged = this.facts.platformMerges(user.partnershipId());
		long after = CountedCases.START;
		while (true) {
			CountedCases page = this.cases.countedCases(user.partnershipId(), after, PAGE);
			this.facts.keepAll(page.cases(), merged);
			kept += page.cases().size();
			if (page.next() == after) {
				break;
			}
			after = page.next();
		}
		this.facts.refreshStatistics();
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "case data", user.partnershipId(),
				"rebuilt from the assessment records: " + kept + " cases");
		return kept;
	}

}
