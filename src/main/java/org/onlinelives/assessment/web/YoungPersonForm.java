package org.onlinelives.assessment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * The young person form. Every field binds as text, so a mistyped or tampered value is
 * shown back as a form error with what was typed kept.
 */
record YoungPersonForm(String caseReference, String age, String dobDay, String dobMonth, String dobYear, String gender,
		String onlineComponent, List<String> platforms, String otherPlatforms, String referralSource,
		List<String> practitionerIds, String version) {

	static final int MAX_PLATFORMS_TEXT = 1500;

	static YoungPersonForm empty(long currentUserId) {
		return new YoungPersonForm("", "", "", "", "", null, null, List.of(), "", null,
				List.of(String.valueOf(currentUserId)), null);
	}

	/**
	 * The record as a form: names on the partnership's list as ticked boxes, the rest as
	 * "other" text.
	 */
	static YoungPersonForm of(YoungPerson person, List<String> listNames) {
		LocalDate dob = person.getDateOfBirth();
		return new YoungPersonForm(person.getCaseReference(),
				(person.getAge() != null) ? String.valueOf(person.getAge()) : "",
				(dob != null) ? String.valueOf(dob.getDayOfMonth()) : "",
				(dob != null) ? String.valueOf(dob.getMonthValue()) : "",
				(dob != null) ? String.valueOf(dob.getYear()) : "", person.getGender().name(),
				String.valueOf(person.isOnlineComponent()),
				person.platforms().stream().filter(listNames::contains).toList(),
				String.join(", ", person.platforms().stream().filter((name) -> !listNames.contains(name)).toList()),
				person.getReferralSource().name(), person.practitionerIds().stream().map(String::valueOf).toList(),
				String.valueOf(person.getVersion()));
	}

	YoungPersonForm withVersion(Long current) {
		return new YoungPersonForm(this.caseReference, this.age, this.dobDay, this.dobMonth, this.dobYear, this.gender,
				this.onlineComponent, this.platforms, this.otherPlatforms, this.referralSource, this.practitionerIds,
				String.valueOf(current));
	}

	boolean hasDateOfBirth() {
		return !blank(this.dobDay) || !blank(this.dobMonth) || !blank(this.dobYear);
	}

	/**
	 * Reads the form as the details it gives, reporting only what cannot be read at all
	 * (a date that is not a date, an age that is not a number, both an age and a date of
	 * birth). What is missing or cannot be read is left out (null) for the young person's
	 * record to refuse by its own rules ({@link YoungPerson#refusals}).
	 */
	YoungPersonDetails details(Errors errors) {
		LocalDate dateOfBirth = null;
		Integer ageValue = null;
		if (hasDateOfBirth()) {
			dateOfBirth = dateOfBirth();
			if (dateOfBirth == null) {
				errors.rejectValue("dobDay", "youngPerson.dateOfBirth.invalid");
			}
			if (!blank(this.age)) {
				errors.rejectValue("age", "youngPerson.age.both");
			}
		}
		else if (!blank(this.age)) {
			Optional<Long> parsed = FormValues.toLong(this.age);
			if (parsed.isEmpty()) {
				errors.rejectValue("age", "youngPerson.age.notANumber");
			}
			else {
				ageValue = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed.get()));
			}
		}
		if (!"true".equals(this.onlineComponent) && !"false".equals(this.onlineComponent)) {
			errors.rejectValue("onlineComponent", "youngPerson.onlineComponent.required");
		}
		if (this.otherPlatforms != null && this.otherPlatforms.length() > MAX_PLATFORMS_TEXT) {
			errors.rejectValue("otherPlatforms", "youngPerson.platforms.tooLong");
		}
		Set<Long> practitioners = new HashSet<>();
		for (String id : (this.practitionerIds != null) ? this.practitionerIds : List.<String>of()) {
			Optional<Long> parsed = FormValues.toLong(id);
			if (parsed.isEmpty()) {
				errors.rejectValue("practitionerIds", "youngPerson.practitioners.unknown");
				break;
			}
			practitioners.add(parsed.get());
		}
		return new YoungPersonDetails((this.caseReference != null) ? this.caseReference.strip() : null, dateOfBirth,
				ageValue, FormValues.toEnum(Gender.class, this.gender).orElse(null),
				"true".equals(this.onlineComponent), platformList(),
				FormValues.toEnum(ReferralSource.class, this.referralSource).orElse(null), practitioners);
	}

	/**
	 * The form field a refusal of the young person's details is about; null for an age
	 * that is missing only because the date of birth given could not be read, which the
	 * form already reports.
	 */
	static String formField(String path, Errors errors) {
		return switch (path) {
			case "dateOfBirth" -> "dobDay";
			case "platforms" -> "otherPlatforms";
			case "age" -> errors.hasFieldErrors("dobDay") ? null : "age";
			default -> path;
		};
	}

	Optional<Long> expectedVersion() {
		return FormValues.toLong(this.version);
	}

	private LocalDate dateOfBirth() {
		Optional<Long> day = FormValues.toLong(this.dobDay);
		Optional<Long> month = FormValues.toLong(this.dobMonth);
		Optional<Long> year = FormValues.toLong(this.dobYear);
		if (day.isEmpty() || month.isEmpty() || year.isEmpty() || year.get() < 1900) {
			return null;
		}
		try {
			return LocalDate.of(year.get().intValue(), month.get().intValue(), day.get().intValue());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The ticked names, then the other text split at commas and line breaks. */
	private List<String> platformList() {
		List<String> names = new ArrayList<>();
		if (this.platforms != null) {
			this.platforms.stream().filter((p) -> p != null && !p.isBlank()).map(String::strip).forEach(names::add);
		}
		if (this.otherPlatforms != null) {
			Arrays.stream(this.otherPlatforms.split("[\\r\\n,]+"))
				.map(String::strip)
				.filter((p) -> !p.isEmpty())
				.forEach(names::add);
		}
		return names.stream().distinct().toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
