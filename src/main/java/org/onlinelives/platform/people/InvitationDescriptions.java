package org.onlinelives.platform.people;

import java.util.List;

import org.onlinelives.platform.organisation.internal.Agencies;
import org.onlinelives.platform.organisation.Partnerships;
import org.springframework.stereotype.Component;

/**
 * What an invitation is to, in words, so the person accepting it sees which partnership,
 * agency and roles they are joining before creating an account.
 */
@Component
public class InvitationDescriptions {

	private final Partnerships partnerships;

	private final Agencies agencies;

	InvitationDescriptions(Partnerships partnerships, Agencies agencies) {
		this.partnerships = partnerships;
		this.agencies = agencies;
	}

	/**
	 * @param partnershipName the partnership's name
	 * @param agencyName the agency's name, or {@code null} for partnership-level work
	 * @param roles the roles being given, in the enum's order
	 */
	public record Description(String partnershipName, String agencyName, List<Role> roles) {
	}

	public Description of(Invitation invitation) {
		String partnership = this.partnerships.findById(invitation.getPartnershipId())
			.map((found) -> found.getName())
			.orElse("");
		String agency = (invitation.getAgencyId() != null)
				? this.agencies.findByIdAndPartnershipId(invitation.getAgencyId(), invitation.getPartnershipId())
					.map((found) -> found.getName())
					.orElse(null)
				: null;
		return new Description(partnership, agency, invitation.roleSet().stream().sorted().toList());
	}

}
