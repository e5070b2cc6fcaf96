package org.onlinelives.selfaudit.web;

import java.util.HashMap;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.Conflict;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.workforce.bulletins.ConductCoverageQuery;
import org.onlinelives.workforce.training.TrainingCoverageQuery;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the section page shows besides the form: the stored versions, clashes, the
 * agency's training and conduct coverage as evidence, and who the section is assigned to.
 */
@Component
class SectionPage {

	static final int TRAINING_SECTION = 2;

	static final int SAFEGUARDING_SECTION = 5;

	private final SelfAudits selfAudits;

	private final TrainingCoverageQuery trainingCoverage;

	private final ConductCoverageQuery conductCoverage;

	SectionPage(SelfAudits selfAudits, TrainingCoverageQuery trainingCoverage, ConductCoverageQuery conductCoverage) {
		this.selfAudits = selfAudits;
		this.trainingCoverage = trainingCoverage;
		this.conductCoverage = conductCoverage;
	}

	/** A section as shown, with any clashes by statement number. */
	record Shown(AuditView view, FrameworkSection section, SectionForm form, Map<String, Conflict> conflicts) {

		Shown(AuditView view, FrameworkSection section, SectionForm form) {
			this(view, section, form, Map.of());
		}

	}

	String render(SignedInUser user, Shown shown, Model model) {
		AuditView view = shown.view();
		FrameworkSection section = shown.section();
		Audit audit = view.audit();
		model.addAttribute("view", view);
		model.addAttribute("section", section);
		model.addAttribute("versions", versions(shown));
		model.addAttribute("conflicts", shown.conflicts());
		// Section 2 asks about staff training: the agency's recorded coverage is evidence
		if (section.number() == TRAINING_SECTION) {
			model.addAttribute("trainingCoverage",
					this.trainingCoverage.coverageOf(audit.getPartnershipId(), audit.getAgencyId()));
		}
		// Statement 5.4 asks whether every member of staff knows the professional code of
		// conduct: the agency's recorded acknowledgements are evidence
		if (section.number() == SAFEGUARDING_SECTION) {
			model.addAttribute("conductCoverage",
					this.conductCoverage.coverageOf(audit.getPartnershipId(), audit.getAgencyId()));
		}
		model.addAttribute("editable",
				AuditAccess.canEditSection(user, audit, section.number()) && !audit.getStatus().isSubmitted());
		boolean lead = AuditAccess.isAgencyLead(user, audit) && !audit.getStatus().isSubmitted();
		model.addAttribute("canAssign", lead);
		model.addAttribute("assigneeName",
				audit.assigneeOf(section.number()).map((userId) -> this.selfAudits.nameOf(audit, userId)).orElse(null));
		if (lead) {
			model.addAttribute("colleagues",
					this.selfAudits.colleaguesOf(audit)
						.stream()
						.map((colleague) -> new SelectOption(String.valueOf(colleague.id()), colleague.displayName()))
						.toList());
			model.addAttribute("assigneeId", audit.assigneeOf(section.number()).map(String::valueOf).orElse(""));
		}
		model.addAttribute("source", view.framework().source());
		return "selfaudit/section";
	}

	private static Map<String, Long> versions(Shown shown) {
		Map<String, Long> versions = new HashMap<>();
		for (SectionForm.Answer answer : shown.form().statements()) {
			versions.put(answer.number(), answer.version());
		}
		// after a clash the hidden version is the one now stored, so saving again is a
		// deliberate choice to replace the other person's answer
		shown.conflicts().forEach((number, conflict) -> versions.put(number, conflict.statement().getVersion()));
		return versions;
	}

}
