package org.onlinelives.survey.analysis;

/**
 * A scenario in one vulnerable group compared with everyone else who answered the groups
 * question. The relative risk is null when suppressed or undefined.
 */
public record GroupComparison(String group, Share inGroup, Share others, RelativeRisk risk) {

	public boolean shown() {
		return this.inGroup.shown() && this.others.shown();
	}

	public boolean significant() {
		return shown() && this.risk != null && this.risk.significant();
	}

}
