package org.onlinelives.assessment.rules;

import java.util.Set;

/**
 * The practitioner's answers to the concern questions that drive the procedure prompts
 * (seeds 002 and 004).
 *
 * @param anyConcern the practitioner has a safeguarding concern about the young person,
 * even without evidence (seed 004 §10)
 * @param immediateRiskOfSignificantHarm the young person may be at immediate risk of
 * significant harm
 * @param childIdentifiedAsAbusedInMakingImages the young person is identified as abused
 * in the making of images
 * @param adultOfConcernNoIdentifiedChild there is concern about an adult but no child is
 * identified
 * @param concernAboutSomeoneWhoWorksWithChildren the concern is about someone who works
 * with children
 * @param bullying the young person's part in any bullying concern; empty if none
 * @param possibleCrime what happened may be a crime
 * @param intimateImageShared an intimate picture of the young person has been shared, by
 * them or by anyone else
 * @param sextortionThreatsOrBlackmail the young person has been threatened or blackmailed
 * over pictures
 * @param grooming grooming markers
 */
public record ConcernFlags(boolean anyConcern, boolean immediateRiskOfSignificantHarm,
		boolean childIdentifiedAsAbusedInMakingImages, boolean adultOfConcernNoIdentifiedChild,
		boolean concernAboutSomeoneWhoWorksWithChildren, Set<BullyingRole> bullying, boolean possibleCrime,
		boolean intimateImageShared, boolean sextortionThreatsOrBlackmail, GroomingMarkers grooming) {

	/** No concerns recorded. */
	public static final ConcernFlags NONE = new ConcernFlags(false, false, false, false, false, Set.of(), false, false,
			false, GroomingMarkers.NONE);

	public ConcernFlags {
		bullying = (bullying != null) ? Set.copyOf(bullying) : Set.of();
		grooming = (grooming != null) ? grooming : GroomingMarkers.NONE;
	}

}
