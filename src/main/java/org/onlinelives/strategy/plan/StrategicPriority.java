package org.onlinelives.strategy.plan;

/**
 * The four strategic priorities of the Bromley SCB online safety strategy (§8), under
 * which the partnership's actions are grouped.
 */
public enum StrategicPriority {

	LEADERSHIP, IMPROVING_PRACTICE, RAISING_AWARENESS, TRAINING_AND_DEVELOPMENT;

	public String messageKey() {
		return "strategy.priority." + name();
	}

	public String aboutKey() {
		return "strategy.priority." + name() + ".about";
	}

	/**
	 * The priority an action answering this self-audit statement most likely belongs to,
	 * offered as a starting choice when an escalated audit action becomes a plan action:
	 * staff training (section 2) to training and development; assessment tools and
	 * safeguarding practice (sections 3 and 5) to improving practice; work with parents
	 * and carers (section 6) to raising awareness; data and data sharing (sections 1 and
	 * 4), which need decisions across agencies, to leadership.
	 */
	public static StrategicPriority suggestedFor(String statementNumber) {
		if (statementNumber == null || statementNumber.isEmpty()) {
			return null;
		}
		return switch (statementNumber.charAt(0)) {
			case '2' -> TRAINING_AND_DEVELOPMENT;
			case '3', '5' -> IMPROVING_PRACTICE;
			case '6' -> RAISING_AWARENESS;
			case '1', '4' -> LEADERSHIP;
			default -> null;
		};
	}

}
