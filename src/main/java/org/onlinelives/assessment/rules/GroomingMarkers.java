package org.onlinelives.assessment.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The markers of the offence of grooming listed by seed 004 §33. Any one of them is
 * enough to involve the police and CEOP; deciding whether the offence is made out is for
 * the police.
 *
 * @param contactOnTwoOrMoreOccasions the person met or communicated with the child on at
 * least two occasions
 * @param meetingArranged a meeting with the child was arranged or took place
 * @param travelToMeet the person travelled, or set out to travel, to meet the child
 */
public record GroomingMarkers(boolean contactOnTwoOrMoreOccasions, boolean meetingArranged, boolean travelToMeet) {

	/** No grooming markers. */
	public static final GroomingMarkers NONE = new GroomingMarkers(false, false, false);

	public boolean any() {
		return this.contactOnTwoOrMoreOccasions || this.meetingArranged || this.travelToMeet;
	}

	List<String> describe() {
		List<String> markers = new ArrayList<>();
		if (this.contactOnTwoOrMoreOccasions) {
			markers.add("contact on two or more occasions");
		}
		if (this.meetingArranged) {
			markers.add("a meeting arranged");
		}
		if (this.travelToMeet) {
			markers.add("travel to meet");
		}
		return markers;
	}

}
