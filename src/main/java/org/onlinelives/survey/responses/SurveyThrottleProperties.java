package org.onlinelives.survey.responses;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits against stuffing a survey. A whole class may share one school network address,
 * so the address limit is set for a few classes, not for one person.
 */
@ConfigurationProperties("onlinelives.survey.throttle")
public record SurveyThrottleProperties(Integer perLink, Integer perAddress, Duration window) {

	public SurveyThrottleProperties {
		perLink = (perLink != null) ? perLink : 300;
		perAddress = (perAddress != null) ? perAddress : 120;
		window = (window != null) ? window : Duration.ofHours(1);
	}

}
