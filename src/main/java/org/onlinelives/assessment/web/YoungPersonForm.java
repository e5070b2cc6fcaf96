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
	 * Checks the form and, if it is right, returns the details. Errors name the field and
	 * say what to do, as the GOV.UK Design System asks.
	 */
	Optional<YoungPersonDetails> validate(Errors errors, LocalDate today) {
		if (blank(this.caseReference)) {
			errors.rejectValue("caseReference", "youngPerson.caseReference.required");
		}
		else if (this.caseReference.strip().length() > 40) {
			errors.rejectValue("caseReference", "youngPerson.caseReference.tooLong");
		}
		LocalDate dateOfBirth = null;
		Integer ageValue = null;
		if (hasDateOfBirth()) {
			dateOfBirth = dateOfBirth();
			if (dateOfBirth == null) {
				errors.rejectValue("dobDay", "youngPerson.dateOfBirth.invalid");
			}
			else if (dateOfBirth.isAfter(today)) {
				errors.rejectValue("dobDay", "youngPerson.dateOfBirth.future");
			}
			else {
				int years = YoungPerson.ageOn(dateOfBirth, today);
				if (years > YoungPerson.MAX_AGE) {
					errors.rejectValue("dobDay", "youngPerson.dateOfBirth.tooOld");
				}
			}
			if (!blank(this.age)) {
				errors.rejectValue("age", "youngPerson.age.both");
			}
		}
		else if (blank(this.age)) {
			errors.rejectValue("age", "youngPerson.age.required");
		}
		else {
			Optional<Long> parsed = FormValues.toLong(this.age);
			if (parsed.isEmpty()) {
				errors.rejectValue("age", "youngPerson.age.notANumber");
			}
			else if (parsed.get() < YoungPerson.MIN_AGE || parsed.get() > YoungPerson.MAX_AGE) {
				errors.rejectValue("age", "youngPerson.age.range");
			}
			else {
				ageValue = parsed.get().intValue();
			}
		}
		Optional<Gender> genderValue = FormValues.toEnum(Gender.class, this.gender);
		if (genderValue.isEmpty()) {
			errors.rejectValue("gender", "youngPerson.gender.required");
		}
		if (!"true".equals(this.onlineComponent) && !"false".equals(this.onlineComponent)) {
			errors.rejectValue("onlineComponent", "youngPerson.onlineComponent.required");
		}
		List<String> platformList = platformList();
		if (this.otherPlatforms != null && this.otherPlatforms.length() > MAX_PLATFORMS_TEXT) {
			errors.rejectValue("otherPlatforms", "youngPerson.platforms.tooLong");
		}
		else if (platformList.size() > YoungPerson.MAX_PLATFORMS
				|| platformList.stream().anyMatch((p) -> p.length() > YoungPerson.MAX_PLATFORM_LENGTH)) {
			errors.rejectValue("otherPlatforms", "youngPerson.platforms.tooMany");
		}
		Optional<ReferralSource> source = FormValues.toEnum(ReferralSource.class, this.referralSource);
		if (source.isEmpty()) {
			errors.rejectValue("referralSource", "youngPerson.referralSource.required");
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
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new YoungPersonDetails(this.caseReference.strip(), dateOfBirth, ageValue, genderValue.get(),
				"true".equals(this.onlineComponent), platformList, source.get(), practitioners));
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
