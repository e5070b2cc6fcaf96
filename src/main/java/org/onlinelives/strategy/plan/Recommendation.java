package org.onlinelives.strategy.plan;

/**
 * The ten recommendations of the Dudley online safety evaluation, as a catalogue a
 * partnership can adopt and link its actions to. The words are in the messages file
 * ({@code strategy.recommendation.R1} and {@code .text}), rewritten in the project's own
 * words; each suggests the strategic priority it mostly serves.
 */
public enum Recommendation {

	R1(1, StrategicPriority.LEADERSHIP), R2(2, StrategicPriority.LEADERSHIP),
	R3(3, StrategicPriority.IMPROVING_PRACTICE), R4(4, StrategicPriority.IMPROVING_PRACTICE),
	R5(5, StrategicPriority.LEADERSHIP), R6(6, StrategicPriority.TRAINING_AND_DEVELOPMENT),
	R7(7, StrategicPriority.TRAINING_AND_DEVELOPMENT), R8(8, StrategicPriority.LEADERSHIP),
	R9(9, StrategicPriority.RAISING_AWARENESS), R10(10, StrategicPriority.RAISING_AWARENESS);

	private final int number;

	private final StrategicPriority priority;

	Recommendation(int number, StrategicPriority priority) {
		this.number = number;
		this.priority = priority;
	}

	public int number() {
		return this.number;
	}

	public StrategicPriority priority() {
		return this.priority;
	}

	public String messageKey() {
		return "strategy.recommendation." + name();
	}

	public String textKey() {
		return "strategy.recommendation." + name() + ".text";
	}

	/** The recommendation with this code, or null for anything else. */
	public static Recommendation ofCode(String code) {
		for (Recommendation recommendation : values()) {
			if (recommendation.name().equals(code)) {
				return recommendation;
			}
		}
		return null;
	}

}
