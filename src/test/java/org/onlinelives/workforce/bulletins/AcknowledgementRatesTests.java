package org.onlinelives.workforce.bulletins;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementRatesTests {

	private static StaffMember person(long id, Long agency, Role... roles) {
		return new StaffMember(id, agency, "Person " + id, EnumSet.of(roles[0], roles));
	}

	private final List<StaffMember> staff = List.of(person(1, 10L, Role.PRACTITIONER),
			person(2, 10L, Role.PRACTITIONER), person(3, 10L, Role.AGENCY_LEAD), person(4, 20L, Role.PRACTITIONER),
			person(5, null, Role.PARTNERSHIP_ADMIN), person(6, 20L, Role.PRACTITIONER));

	@Test
	void countsThoseAskedAndThoseWhoAcknowledgedByAgencyWithPartnershipStaffLast() {
		AcknowledgementRates.Result result = AcknowledgementRates.of(this.staff, (member) -> true, Set.of(1L, 3L, 5L));
		assertThat(result.agencies()).containsExactly(new AcknowledgementRates.Rate(10L, 3, 2),
				new AcknowledgementRates.Rate(20L, 2, 0), new AcknowledgementRates.Rate(null, 1, 1));
		assertThat(result.overall()).isEqualTo(new AcknowledgementRates.Rate(null, 6, 3));
		assertThat(result.forAgency(10L).percent()).isEqualTo(66);
		assertThat(result.forAgency(30L)).isEqualTo(new AcknowledgementRates.Rate(30L, 0, 0));
	}

	@Test
	void peopleNotAskedAreLeftOutEvenIfTheyAcknowledged() {
		AcknowledgementRates.Result result = AcknowledgementRates.of(this.staff,
				(member) -> member.roles().contains(Role.PRACTITIONER), Set.of(1L, 3L, 4L, 6L));
		assertThat(result.agencies()).containsExactly(new AcknowledgementRates.Rate(10L, 2, 1),
				new AcknowledgementRates.Rate(20L, 2, 2));
		assertThat(result.overall()).isEqualTo(new AcknowledgementRates.Rate(null, 4, 3));
		assertThat(result.forAgency(20L).complete()).isTrue();
		assertThat(result.forAgency(10L).complete()).isFalse();
	}

	@Test
	void percentIsRoundedDownAndZeroWhenNobodyIsAsked() {
		assertThat(new AcknowledgementRates.Rate(1L, 3, 2).percent()).isEqualTo(66);
		assertThat(new AcknowledgementRates.Rate(1L, 200, 199).percent()).isEqualTo(99);
		assertThat(new AcknowledgementRates.Rate(1L, 0, 0).percent()).isZero();
		assertThat(new AcknowledgementRates.Rate(1L, 0, 0).complete()).isFalse();
		assertThat(AcknowledgementRates.of(List.of(), (member) -> true, Set.of()).overall().asked()).isZero();
	}

}
