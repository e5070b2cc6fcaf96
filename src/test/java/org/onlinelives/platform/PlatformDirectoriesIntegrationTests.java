package org.onlinelives.platform;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.people.PeopleDirectory.PersonName;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platform's published queries stay inside the partnership (and agency) they are given.
 */
class PlatformDirectoriesIntegrationTests extends WebIntegrationTest {

	@Autowired
	PeopleDirectory people;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	Users users;

	@Test
	void peopleAreFoundOnlyInTheirOwnPartnershipAndAgency() {
		Partnership partnership = this.data.partnership();
		Partnership other = this.data.partnership();
		Agency agencyA = this.data.agency(partnership);
		Agency agencyB = this.data.agency(partnership);
		User lead = this.data.user(partnership, agencyA, Role.AGENCY_LEAD);
		User practitioner = this.data.user(partnership, agencyA, Role.PRACTITIONER);
		User leaver = this.data.user(partnership, agencyA, Role.PRACTITIONER);
		leaver.deactivate();
		this.users.save(leaver);
		User elsewhere = this.data.user(partnership, agencyB, Role.PRACTITIONER);

		assertThat(this.people.find(partnership.getId(), lead.getId())).isPresent();
		assertThat(this.people.find(other.getId(), lead.getId())).isEmpty();
		assertThat(this.people.findInAgency(partnership.getId(), agencyB.getId(), lead.getId())).isEmpty();
		assertThat(this.people.displayName(other.getId(), lead.getId())).isEmpty();
		assertThat(this.people.findActiveByEmail(other.getId(), lead.getEmail())).isEmpty();
		assertThat(this.people.findActiveByEmail(partnership.getId(), leaver.getEmail())).isEmpty();
		assertThat(this.people.findActiveByEmail(partnership.getId(), lead.getEmail().toUpperCase())).map(User::getId)
			.contains(lead.getId());

		assertThat(this.people.peopleOf(partnership.getId(), agencyA.getId())).extracting(User::getId)
			.containsExactlyInAnyOrder(lead.getId(), practitioner.getId(), leaver.getId());
		assertThat(this.people.peopleOf(partnership.getId(), null)).extracting(User::getId).contains(elsewhere.getId());
		assertThat(this.people.peopleOf(other.getId(), null)).isEmpty();
		assertThat(this.people.activeNamesWithAnyRole(partnership.getId(), agencyA.getId(), Set.of(Role.AGENCY_LEAD)))
			.extracting(PersonName::id)
			.containsExactly(lead.getId());
		assertThat(this.people.activeNamesWithAnyRole(partnership.getId(), null, Set.of(Role.AGENCY_LEAD)))
			.extracting(PersonName::id)
			.contains(lead.getId())
			.doesNotContain(practitioner.getId(), leaver.getId(), elsewhere.getId());
		assertThat(this.people.activeNamesWithAnyRole(partnership.getId(), agencyA.getId(),
				Set.of(Role.PRACTITIONER, Role.AGENCY_LEAD)))
			.extracting(PersonName::id)
			.containsExactlyInAnyOrder(lead.getId(), practitioner.getId());
		assertThat(this.people.activeNamesWithAnyRole(partnership.getId(), agencyA.getId(),
				Set.of(Role.PRACTITIONER, Role.ANALYST)))
			.extracting(PersonName::id)
			.as("the leaver is not active; the agency's lead is not a practitioner")
			.containsExactly(practitioner.getId());
		assertThat(this.people.activeNamesWithAnyRole(other.getId(), null, Set.of(Role.AGENCY_LEAD))).isEmpty();
		assertThat(this.people.activeNamesWithAnyRole(partnership.getId(), agencyA.getId(), Set.of())).isEmpty();
		assertThat(this.people.namesOf(partnership.getId(), agencyA.getId()))
			.extracting(PersonName::id, PersonName::active)
			.contains(org.assertj.core.groups.Tuple.tuple(leaver.getId(), false),
					org.assertj.core.groups.Tuple.tuple(lead.getId(), true));
	}

	@Test
	void agenciesAreFoundOnlyInTheirOwnPartnership() {
		Partnership partnership = this.data.partnership();
		Partnership other = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		Agency foreign = this.data.agency(other);

		assertThat(this.agencies.agenciesOf(partnership.getId())).extracting(Agency::getId)
			.containsExactly(agency.getId());
		assertThat(this.agencies.find(partnership.getId(), agency.getId())).isPresent();
		assertThat(this.agencies.find(partnership.getId(), foreign.getId())).isEmpty();
		assertThat(this.agencies.namesOf(other.getId())).containsOnlyKeys(foreign.getId());
		assertThat(this.agencies.partnership(partnership.getId())).map(Partnership::getName)
			.contains(partnership.getName());
	}

}
