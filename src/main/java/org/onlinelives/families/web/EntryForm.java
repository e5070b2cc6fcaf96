package org.onlinelives.families.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.families.directory.EntryView;
import org.onlinelives.families.directory.HelpRuleException;

/**
 * A directory entry as typed, in the order of the page's fields. Options, ages and the
 * review date are bound as text and read here; the owner is an email address.
 */
record EntryForm(String name, String kind, String description, List<String> audiences, List<String> topics,
		String reach, String minAge, String maxAge, String phone, String email, String webAddress, String hours,
		String reviewDay, String reviewMonth, String reviewYear, String owner, String version) {

	static EntryForm blank(String ownerEmail) {
		return new EntryForm("", null, "", List.of(), List.of(), null, "", "", "", "", "", "", "", "", "", ownerEmail,
				null);
	}

	static EntryForm of(EntryView view) {
		HelpEntry entry = view.entry();
		LocalDate review = entry.reviewDate();
		return new EntryForm(entry.name(), entry.kind().name(), FamiliesForms.text(entry.description()),
				FamiliesForms.names(entry.audiences()), FamiliesForms.names(entry.topics()), entry.reach().name(),
				FamiliesForms.text(entry.minAge()), FamiliesForms.text(entry.maxAge()),
				FamiliesForms.text(entry.phone()), FamiliesForms.text(entry.email()),
				FamiliesForms.text(entry.webAddress()), FamiliesForms.text(entry.hours()),
				String.valueOf(review.getDayOfMonth()), String.valueOf(review.getMonthValue()),
				String.valueOf(review.getYear()), FamiliesForms.text(view.ownerEmail()),
				String.valueOf(view.version()));
	}

	/** What could not be read at all: each is reported once, before any rule. */
	List<HelpRuleException.Problem> unreadable() {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		if (FamiliesForms.unreadable(this.kind, FamiliesForms.option(ServiceKind.class, this.kind))) {
			problems.add(new HelpRuleException.Problem("kind", "directory.kind.required"));
		}
		if (FamiliesForms.anyUnknown(Audience.class, this.audiences)) {
			problems.add(new HelpRuleException.Problem("audiences", "directory.audiences.required"));
		}
		if (FamiliesForms.anyUnknown(HelpTopic.class, this.topics)) {
			problems.add(new HelpRuleException.Problem("topics", "directory.topics.required"));
		}
		if (FamiliesForms.unreadable(this.reach, FamiliesForms.option(Reach.class, this.reach))) {
			problems.add(new HelpRuleException.Problem("reach", "directory.reach.required"));
		}
		if (FamiliesForms.unreadable(this.minAge, FamiliesForms.number(this.minAge))) {
			problems.add(new HelpRuleException.Problem("minAge", "directory.age.notNumber"));
		}
		if (FamiliesForms.unreadable(this.maxAge, FamiliesForms.number(this.maxAge))) {
			problems.add(new HelpRuleException.Problem("maxAge", "directory.age.notNumber"));
		}
		if (!FamiliesForms.blank(this.reviewDay, this.reviewMonth, this.reviewYear) && reviewDate() == null) {
			problems.add(new HelpRuleException.Problem("reviewDate", "directory.reviewDate.invalid"));
		}
		return problems;
	}

	EntryDetails details() {
		return new EntryDetails(this.name, FamiliesForms.option(ServiceKind.class, this.kind), this.description,
				FamiliesForms.options(Audience.class, this.audiences),
				FamiliesForms.options(HelpTopic.class, this.topics), FamiliesForms.option(Reach.class, this.reach),
				FamiliesForms.number(this.minAge), FamiliesForms.number(this.maxAge), this.phone, this.email,
				this.webAddress, this.hours, reviewDate());
	}

	LocalDate reviewDate() {
		return FamiliesForms.date(this.reviewDay, this.reviewMonth, this.reviewYear);
	}

	Long expectedVersion() {
		return org.onlinelives.platform.web.FormValues.toLong(this.version).orElse(null);
	}

}
