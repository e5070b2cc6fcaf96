package org.onlinelives.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTests {

	@Test
	void numbersThatAreNotNumbersAreEmpty() {
		assertThat(FormValues.toLong(" 42 ")).contains(42L);
		assertThat(FormValues.toLong("4x")).isEmpty();
		assertThat(FormValues.toLong("99999999999999999999")).isEmpty();
		assertThat(FormValues.toLong("")).isEmpty();
		assertThat(FormValues.toLong(null)).isEmpty();
	}

	@Test
	void enumsMustNameAConstant() {
		assertThat(FormValues.toEnum(Role.class, "ANALYST")).contains(Role.ANALYST);
		assertThat(FormValues.toEnum(Role.class, "analyst")).isEmpty();
		assertThat(FormValues.toEnums(Role.class, List.of("ANALYST", "PRACTITIONER"))).get()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
			.containsExactlyInAnyOrder(Role.ANALYST, Role.PRACTITIONER);
		assertThat(FormValues.toEnums(Role.class, List.of("ANALYST", "ROOT"))).isEmpty();
		assertThat(FormValues.toEnums(Role.class, null)).get()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
			.isEmpty();
	}

	@Test
	void onlyTrueAndOnAreTrue() {
		assertThat(FormValues.isTrue("true")).isTrue();
		assertThat(FormValues.isTrue("on")).isTrue();
		assertThat(FormValues.isTrue("yes")).isFalse();
		assertThat(FormValues.isTrue(null)).isFalse();
	}

}
