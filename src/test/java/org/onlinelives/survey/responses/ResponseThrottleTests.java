package org.onlinelives.survey.responses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseThrottleTests {

	private Instant now = Instant.parse("2026-05-01T09:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return ResponseThrottleTests.this.now;
		}

	};

	@Test
	void limitsEachAddressAndForgetsItAfterTheWindow() {
		ResponseThrottle throttle = new ResponseThrottle(new SurveyThrottleProperties(100, 3, Duration.ofHours(1)),
				this.clock);
		throttle.take("LINK1", "203.0.113.7");
		throttle.take("LINK2", "203.0.113.7");
		throttle.take("LINK1", "203.0.113.7");
		assertThatThrownBy(() -> throttle.take("LINK3", "203.0.113.7")).isInstanceOf(SubmissionRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("survey.take.tooMany");
		throttle.take("LINK1", "198.51.100.1");
		this.now = this.now.plus(Duration.ofMinutes(61));
		throttle.take("LINK1", "198.51.100.2");
		// only the address used in the last hour is still held in memory
		assertThat(throttle.addressesHeld()).isEqualTo(1);
	}

	@Test
	void limitsEachLink() {
		ResponseThrottle throttle = new ResponseThrottle(new SurveyThrottleProperties(2, 100, Duration.ofHours(1)),
				this.clock);
		throttle.take("LINK1", "a");
		throttle.take("LINK1", "b");
		assertThatThrownBy(() -> throttle.take("LINK1", "c")).isInstanceOf(SubmissionRefusedException.class);
		throttle.take("LINK2", "c");
	}

}
