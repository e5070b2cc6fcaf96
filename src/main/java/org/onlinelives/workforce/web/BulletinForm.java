package org.onlinelives.workforce.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.onlinelives.platform.people.Role;
import org.onlinelives.workforce.bulletins.Bulletin;
import org.onlinelives.workforce.bulletins.BulletinRuleException;
import org.springframework.validation.Errors;

/** A bulletin as typed: its words and who it is for, roles and agencies bound as text. */
record BulletinForm(String title, String body, List<String> roles, List<String> agencyIds, Long version) {

	private static final List<String> FIELD_ORDER = List.of("title", "body", "roles", "agencyIds");

	static BulletinForm blank() {
		return new BulletinForm("", "", List.of(), List.of(), null);
	}

	static BulletinForm of(Bulletin bulletin) {
		return new BulletinForm(bulletin.getTitle(), bulletin.getBody(),
				bulletin.getRoles().stream().map(Enum::name).toList(),
				bulletin.getAgencyIds().stream().map(String::valueOf).toList(), bulletin.getVersion());
	}

	/**
	 * Reports roles or agencies that are not on the list, and every rule the bulletin
	 * itself finds broken, in the order of the fields on the page.
	 */
	void check(Errors errors) {
		List<BulletinRuleException.Problem> problems = new ArrayList<>();
		if (roleValues().stream().anyMatch(Objects::isNull)) {
			problems.add(new BulletinRuleException.Problem("roles", "bulletin.roles.invalid"));
		}
		if (agencyValues().stream().anyMatch(Objects::isNull)) {
			problems.add(new BulletinRuleException.Problem("agencyIds", "bulletin.agencies.invalid"));
		}
		problems.addAll(Bulletin.problemsWith(details()));
		if (problems.isEmpty()) {
			return;
		}
		problems.sort(Comparator.comparingInt((problem) -> FIELD_ORDER.indexOf(problem.field())));
		TrainingForms.reject(errors, new BulletinRuleException(problems));
	}

	Bulletin.Details details() {
		return new Bulletin.Details(this.title, this.body,
				roleValues().stream().filter(Objects::nonNull).distinct().toList(),
				agencyValues().stream().filter(Objects::nonNull).distinct().toList());
	}

	private List<Role> roleValues() {
		return (this.roles != null) ? this.roles.stream().map((text) -> TrainingForms.option(Role.class, text)).toList()
				: List.of();
	}

	private List<Long> agencyValues() {
		return (this.agencyIds != null) ? this.agencyIds.stream().map(TrainingForms::id).toList() : List.of();
	}

}
