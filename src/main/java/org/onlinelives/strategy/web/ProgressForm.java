package org.onlinelives.strategy.web;

import org.onlinelives.strategy.plan.PlanStatus;
import org.onlinelives.strategy.plan.Rag;

/** A progress note as typed, with the status and rating it leaves the action with. */
record ProgressForm(String note, String status, String rag, Long version) {

	static ProgressForm blank(Long version) {
		return new ProgressForm("", "", "", version);
	}

	PlanStatus statusValue() {
		return StrategyForms.option(PlanStatus.class, this.status);
	}

	Rag ragValue() {
		Rag rag = StrategyForms.option(Rag.class, this.rag);
		return (rag != null && rag.isJudgement()) ? rag : null;
	}

}
