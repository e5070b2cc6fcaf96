package org.onlinelives.selfaudit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.selfaudit.audit.SelfAudits.CycleDetails;
import org.springframework.validation.Errors;

/**
 * The cycle form as typed. Dates and agency ids are bound as text, so anything sent comes
 * back to the page with a clear message rather than failing to bind.
 */
record CycleForm(
		@NotBlank(message = "{selfaudit.cycle.name.required}") @Size(max = 200,
				message = "{selfaudit.cycle.name.required}") String name,
		String periodStart, String periodEnd, String deadline, List<String> agencyIds) {

	CycleForm {
		agencyIds = (agencyIds != null) ? agencyIds : List.of();
	}

	static CycleForm empty() {
		return new CycleForm("", "", "", "", List.of());
	}

	/** Checks dates and agencies, adding errors; the aggregate checks their order. */
	void validate(Errors errors) {
		date(this.periodStart, "periodStart", errors);
		date(this.periodEnd, "periodEnd", errors);
		date(this.deadline, "deadline", errors);
		if (this.agencyIds.isEmpty()) {
			errors.rejectValue("agencyIds", "selfaudit.cycle.agencies.required");
		}
		else if (this.agencyIds.stream().anyMatch((id) -> parseId(id) == null)) {
			errors.rejectValue("agencyIds", "selfaudit.cycle.agencies.unknown");
		}
	}

	public boolean chose(Long agencyId) {
		return this.agencyIds.contains(String.valueOf(agencyId));
	}

	CycleDetails details() {
		return new CycleDetails(this.name, parse(this.periodStart), parse(this.periodEnd), parse(this.deadline),
				this.agencyIds.stream().map(CycleForm::parseId).toList());
	}

	private static void date(String text, String field, Errors errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "selfaudit.cycle." + field + ".required");
		}
		else if (parse(text) == null) {
			errors.rejectValue(field, "selfaudit.cycle." + field + ".invalid");
		}
	}

	private static LocalDate parse(String text) {
		try {
			return (text == null) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Long parseId(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
