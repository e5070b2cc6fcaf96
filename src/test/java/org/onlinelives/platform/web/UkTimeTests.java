package org.onlinelives.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkTimeTests {

	private final UkTime time = new UkTime();

	@Test
	void summerInstantsAreBritishSummerTimeWhateverTheJvmZone() {
		TimeZone original = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
			Instant summer = Instant.parse("2026-06-04T13:05:33Z");
			assertThat(this.time.at(summer)).isEqualTo("4 June 2026 at 2:05pm");
			assertThat(this.time.atWithSeconds(summer)).isEqualTo("4 June 2026 at 2:05:33pm");
			assertThat(this.time.date(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("2 July 2026");
		}
		finally {
			TimeZone.setDefault(original);
		}
	}

	@Test
	void winterInstantsAreGreenwichMeanTimeAndDatesAreWrittenInFull() {
		assertThat(this.time.at(Instant.parse("2026-12-01T09:00:00Z"))).isEqualTo("1 December 2026 at 9:00am");
		assertThat(this.time.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
		assertThat(this.time.at(null)).isEmpty();
	}

}
