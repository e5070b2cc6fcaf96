package org.onlinelives.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way the product writes dates and times: UK time, whatever zone the server runs
 * in, in GOV.UK style ("4 June 2026 at 2:05pm"). Pages use it as {@code @ukTime}; PDFs,
 * rendered outside a web request, get it as the variable {@code ukTime}.
 */
@Component("ukTime")
public class UkTime {

	/**
	 * Partnerships are in England; stored instants are shown on the clock people there
	 * read.
	 */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("h:mm:ssa", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** The UK date on which the instant fell. */
	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(ZONE)) : "";
	}

	/** "4 June 2026 at 2:05pm". */
	public String at(Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant) + " at " + TIME.format(instant.atZone(ZONE)).toLowerCase(Locale.UK);
	}

	/** "4 June 2026 at 2:05:33pm", where the order of events within a minute matters. */
	public String atWithSeconds(Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant) + " at " + TIME_WITH_SECONDS.format(instant.atZone(ZONE)).toLowerCase(Locale.UK);
	}

	/** Today's date in the UK. */
	public static LocalDate today(java.time.Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
