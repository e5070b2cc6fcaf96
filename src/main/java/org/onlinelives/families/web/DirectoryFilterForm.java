package org.onlinelives.families.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.directory.DirectoryFilter;
import org.onlinelives.families.directory.HelpRuleException;

/**
 * The directory list's filters, as typed into the address or chosen on the page.
 */
record DirectoryFilterForm(String audience, String topic, String reach, String age, String review) {

	List<HelpRuleException.Problem> unreadable() {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		if (FamiliesForms.unreadable(this.audience, FamiliesForms.option(Audience.class, this.audience))) {
			problems.add(new HelpRuleException.Problem("audience", "directory.filter.unknown"));
		}
		if (FamiliesForms.unreadable(this.topic, FamiliesForms.option(HelpTopic.class, this.topic))) {
			problems.add(new HelpRuleException.Problem("topic", "directory.filter.unknown"));
		}
		if (FamiliesForms.unreadable(this.reach, FamiliesForms.option(Reach.class, this.reach))) {
			problems.add(new HelpRuleException.Problem("reach", "directory.filter.unknown"));
		}
		Integer years = FamiliesForms.number(this.age);
		if (FamiliesForms.unreadable(this.age, years) || (years != null && (years < 0 || years > 25))) {
			problems.add(new HelpRuleException.Problem("age", "directory.filter.age.invalid"));
		}
		if (FamiliesForms.unreadable(this.review, FamiliesForms.option(DirectoryFilter.Review.class, this.review))) {
			problems.add(new HelpRuleException.Problem("review", "directory.filter.unknown"));
		}
		return problems;
	}

	/** The filter, leaving out what could not be read. */
	DirectoryFilter filter() {
		Integer years = FamiliesForms.number(this.age);
		return new DirectoryFilter(FamiliesForms.option(Audience.class, this.audience),
				FamiliesForms.option(HelpTopic.class, this.topic), FamiliesForms.option(Reach.class, this.reach),
				(years != null && years >= 0 && years <= 25) ? years : null,
				FamiliesForms.option(DirectoryFilter.Review.class, this.review));
	}

	boolean isEmpty() {
		return FamiliesForms.blank(this.audience, this.topic, this.reach, this.age, this.review);
	}

}
