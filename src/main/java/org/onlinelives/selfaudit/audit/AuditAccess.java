package org.onlinelives.selfaudit.audit;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;

/**
 * Who may see and do what with an audit. Role checks come first in the controllers (a
 * wrong role is 403); these rules decide scope, where a record outside it is a 404.
 *
 * <ul>
 * <li>The agency's own lead and practitioners see its audits; the lead edits every
 * section, a practitioner only the sections shared out to them.</li>
 * <li>QA reviewers of the partnership see and review other agencies' audits once
 * submitted; never their own agency's, which they would be marking.</li>
 * <li>Partnership administrators see every audit of the partnership, read-only.</li>
 * </ul>
 */
public final class AuditAccess {

	private AuditAccess() {
	}

	public static boolean isOwnAgency(SignedInUser user, Audit audit) {
		return isOwnAgency(user, audit.getPartnershipId(), audit.getAgencyId());
	}

	private static boolean isOwnAgency(SignedInUser user, long partnershipId, Long agencyId) {
		return user.partnershipId() == partnershipId && user.agencyId() != null && user.agencyId().equals(agencyId);
	}

	public static boolean isAgencyLead(SignedInUser user, Audit audit) {
		return isOwnAgency(user, audit) && user.hasRole(Role.AGENCY_LEAD);
	}

	public static boolean canView(SignedInUser user, Audit audit) {
		if (user.partnershipId() != audit.getPartnershipId()) {
			return false;
		}
		if (isOwnAgency(user, audit) && (user.hasRole(Role.AGENCY_LEAD) || user.hasRole(Role.PRACTITIONER))) {
			return true;
		}
		if (reviewsAsOutsider(user, audit)) {
			return true;
		}
		return user.isAdministrator();
	}

	public static boolean canEditSection(SignedInUser user, Audit audit, int sectionNumber) {
		if (isAgencyLead(user, audit)) {
			return true;
		}
		return isOwnAgency(user, audit) && audit.assigneeOf(sectionNumber).map((id) -> id == user.id()).orElse(false);
	}

	public static boolean canReview(SignedInUser user, Audit audit) {
		return canReview(user, audit.getPartnershipId(), audit.getAgencyId(), audit.getStatus());
	}

	/** {@link #canReview(SignedInUser, Audit)} for an audit read as a list row. */
	static boolean canReview(SignedInUser user, long partnershipId, Long agencyId, AuditStatus status) {
		return user.partnershipId() == partnershipId && reviewsAsOutsider(user, partnershipId, agencyId, status);
	}

	private static boolean reviewsAsOutsider(SignedInUser user, Audit audit) {
		return reviewsAsOutsider(user, audit.getPartnershipId(), audit.getAgencyId(), audit.getStatus());
	}

	/**
	 * A QA reviewer from outside the audit's agency, and the audit submitted for QA: a
	 * draft is the agency's own work in progress.
	 */
	private static boolean reviewsAsOutsider(SignedInUser user, long partnershipId, Long agencyId, AuditStatus status) {
		return user.hasRole(Role.QA_REVIEWER) && status.isSubmitted() && !isOwnAgency(user, partnershipId, agencyId);
	}

}
