package org.onlinelives.casedata.facts;

import org.onlinelives.assessment.AssessmentCompleted;
import org.onlinelives.assessment.CaseDetailsChanged;
import org.onlinelives.assessment.OutcomeRecorded;
import org.onlinelives.assessment.PlatformsMerged;
import org.onlinelives.assessment.PromptAnswered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the fact rows in step with the assessment module's events. Each event is stored
 * in the event publication registry with the change that caused it, and handled here
 * after that change commits, in its own transaction; one that fails stays incomplete and
 * is handled again when the application next starts.
 */
@Component
class CaseFactListener {

	private final CaseFacts facts;

	private final CaseFactPlatforms platforms;

	CaseFactListener(CaseFacts facts, CaseFactPlatforms platforms) {
		this.facts = facts;
		this.platforms = platforms;
	}

	@ApplicationModuleListener
	void on(AssessmentCompleted event) {
		this.facts.keep(event.snapshot());
	}

	@ApplicationModuleListener
	void on(OutcomeRecorded event) {
		this.facts.keep(event.snapshot());
	}

	@ApplicationModuleListener
	void on(PromptAnswered event) {
		this.facts.keep(event.snapshot());
	}

	@ApplicationModuleListener
	void on(CaseDetailsChanged event) {
		this.facts.keep(event.snapshot());
	}

	@ApplicationModuleListener
	void on(PlatformsMerged event) {
		this.platforms.merge(event);
	}

}
