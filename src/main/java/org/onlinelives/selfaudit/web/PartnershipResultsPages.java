package org.onlinelives.selfaudit.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.PartnershipScores;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.results.AgencyPseudonyms;
import org.onlinelives.selfaudit.results.PartnershipResults;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the partnership results pages show: a cycle's results with agencies named or
 * pseudonymised as the person may see them, who has not submitted, and an agency's
 * comparison with its earlier cycles.
 */
@Component
class PartnershipResultsPages {

	private final SelfAudits selfAudits;

	private final PartnershipScores scores;

	private final RagSettings ragSettings;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	PartnershipResultsPages(SelfAudits selfAudits, PartnershipScores scores, RagSettings ragSettings,
			AgencyDirectory agencies, MessageSource messages) {
		this.selfAudits = selfAudits;
		this.scores = scores;
		this.ragSettings = ragSettings;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** One column of the comparison: a cycle's totals for this agency. */
	public record ComparisonColumn(String cycleName, AuditScores scores, boolean current) {
	}

	PartnershipResults of(SignedInUser user, AuditCycle cycle) {
		return results(user, cycle, agencyNames(user, cycle),
				this.scores.submittedIn(user.partnershipId(), cycle.getId()));
	}

	/**
	 * The partnership page's results and who has not submitted, from one read of each.
	 */
	CyclePage page(SignedInUser user, AuditCycle cycle) {
		Map<Long, String> names = agencyNames(user, cycle);
		Map<Long, Map<String, Integer>> submitted = this.scores.submittedIn(user.partnershipId(), cycle.getId());
		return new CyclePage(results(user, cycle, names, submitted), notSubmitted(cycle, names, submitted));
	}

	/** What the partnership page shows of one cycle. */
	record CyclePage(PartnershipResults results, List<String> notSubmitted) {
	}

	private PartnershipResults results(SignedInUser user, AuditCycle cycle, Map<Long, String> names,
			Map<Long, Map<String, Integer>> submitted) {
		AuditFramework framework = this.selfAudits.frameworkVersion(cycle.getFrameworkVersion());
		return PartnershipResults.of(framework, names, submitted, this.ragSettings.bandsFor(user.partnershipId()));
	}

	/**
	 * Agencies as this person may see them, in the order to show them: by name for
	 * administrators (and for analysts when the partnership's administrators allow it),
	 * otherwise as Agency A, B, ... in letter order.
	 */
	private Map<Long, String> agencyNames(SignedInUser user, AuditCycle cycle) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (seesAgencyNames(user)) {
			for (Agency agency : this.agencies.agenciesOf(user.partnershipId())) {
				names.put(agency.getId(), agency.getName());
			}
			return names;
		}
		AgencyPseudonyms.letters(cycle.agencyIds())
			.forEach((agencyId, letter) -> names.put(agencyId, this.messages.getMessage(
					"selfaudit.partnership.pseudonym", new Object[] { letter }, LocaleContextHolder.getLocale())));
		return names;
	}

	boolean seesAgencyNames(SignedInUser user) {
		return user.isAdministrator() || this.agencies.partnership(user.partnershipId())
			.map(Partnership::isAgencyNamesForAnalysts)
			.orElse(false);
	}

	/**
	 * The cycle's agencies that have not submitted, as this person may see them named.
	 */
	private static List<String> notSubmitted(AuditCycle cycle, Map<Long, String> names,
			Map<Long, Map<String, Integer>> submitted) {
		List<String> notSubmitted = new ArrayList<>();
		names.forEach((agencyId, name) -> {
			if (cycle.includes(agencyId) && !submitted.containsKey(agencyId)) {
				notSubmitted.add(name);
			}
		});
		return notSubmitted;
	}

	/**
	 * The agency's submitted audits on the same framework version, oldest first, ending
	 * with this one.
	 */
	List<ComparisonColumn> comparison(Audit audit) {
		AuditFramework framework = this.selfAudits.framework(audit);
		List<ComparisonColumn> columns = new ArrayList<>();
		List<Audit> agencyAudits = new ArrayList<>(this.selfAudits.auditsOfAgency(audit));
		Collections.reverse(agencyAudits);
		for (Audit earlier : agencyAudits) {
			boolean current = earlier.getId().equals(audit.getId());
			if ((!earlier.getStatus().isSubmitted() && !current)
					|| !earlier.getFrameworkVersion().equals(audit.getFrameworkVersion())) {
				continue;
			}
			Map<String, Integer> byNumber = new HashMap<>();
			for (AuditStatement statement : this.selfAudits.statements(earlier).values()) {
				byNumber.put(statement.getStatementNumber(), statement.getScore());
			}
			columns.add(new ComparisonColumn(this.selfAudits.cycleOf(earlier).getName(),
					AuditScores.of(framework, byNumber), current));
		}
		return columns;
	}

}
