package org.onlinelives.families.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.families.packs.PackDetails;
import org.onlinelives.families.packs.PackView;
import org.onlinelives.platform.web.FormValues;

/** An advice pack as typed: its title, introduction, advice and the entries ticked. */
record PackForm(String title, String intro, String advice, List<String> entryIds, String version) {

	static PackForm blank() {
		return new PackForm("", "", "", List.of(), null);
	}

	static PackForm of(PackView view) {
		return new PackForm(view.pack().getTitle(), FamiliesForms.text(view.pack().getIntro()), view.pack().getAdvice(),
				view.pack().entryIds().stream().map(String::valueOf).toList(),
				String.valueOf(view.pack().getVersion()));
	}

	List<HelpRuleException.Problem> unreadable() {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		if (this.entryIds != null && this.entryIds.stream().anyMatch((id) -> FormValues.toLong(id).isEmpty())) {
			problems.add(new HelpRuleException.Problem("entryIds", "pack.entries.unknown"));
		}
		return problems;
	}

	PackDetails details() {
		List<Long> ids = (this.entryIds != null)
				? this.entryIds.stream().map(FormValues::toLong).flatMap(java.util.Optional::stream).toList()
				: List.of();
		return new PackDetails(this.title, this.intro, this.advice, ids);
	}

	Long expectedVersion() {
		return FormValues.toLong(this.version).orElse(null);
	}

}
