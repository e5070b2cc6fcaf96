package org.onlinelives.selfaudit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates and times as GOV.UK writes them, in UK time: "4 June 2026 at 2:05pm". */
@Component("selfauditDates")
public class SelfAuditDates {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(UK)) : "";
	}

	public String at(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DATE.format(instant.atZone(UK)) + " at " + TIME.format(instant.atZone(UK)).toLowerCase(Locale.UK);
	}

}
