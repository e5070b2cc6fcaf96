package org.onlinelives.strategy.plan;

/**
 * A plan action's rating. Red, amber and green are the lead's judgement of whether the
 * action will be delivered on time; complete is shown once it is done, and is never a
 * judgement anyone makes.
 */
public enum Rag {

	RED, AMBER, GREEN, COMPLETE;

	public boolean isJudgement() {
		return this != COMPLETE;
	}

	public String messageKey() {
		return "strategy.rag." + name();
	}

	/** The GOV.UK tag colour; the rating is always also given in words. */
	public String tagClass() {
		return switch (this) {
			case RED -> "govuk-tag--red";
			case AMBER -> "govuk-tag--orange";
			case GREEN -> "govuk-tag--green";
			case COMPLETE -> "govuk-tag--blue";
		};
	}

	/**
	 * The rating shown for an action: complete once done; red while open past its due
	 * date, whatever the last judgement, so an overdue action is never shown as on track;
	 * otherwise the lead's latest judgement.
	 */
	public static Rag shown(PlanStatus status, Rag judged, java.time.LocalDate due, java.time.LocalDate today) {
		if (status == PlanStatus.DONE) {
			return COMPLETE;
		}
		if (due != null && due.isBefore(today)) {
			return RED;
		}
		return (judged != null && judged.isJudgement()) ? judged : GREEN;
	}

}
