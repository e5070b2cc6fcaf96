package org.onlinelives.assessment.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The practitioner's answers to the concern questions that drive the procedure prompts.
 *
 * @param raised the concerns answered yes
 * @param bullying the young person's part in any bullying concern; empty if none
 * @param grooming the grooming indicators seen; empty if none
 * @param threshold the threshold decision agreed with the designated safeguarding lead,
 * or null if none is recorded yet
 */
public record ConcernFlags(Set<Concern> raised, Set<BullyingRole> bullying, Set<GroomingIndicator> grooming,
		ThresholdLevel threshold) {

	/** No concerns recorded. */
	public static final ConcernFlags NONE = new ConcernFlags(Set.of(), Set.of(), Set.of(), null);

	public ConcernFlags {
		raised = (raised != null) ? Set.copyOf(raised) : Set.of();
		bullying = (bullying != null) ? Set.copyOf(bullying) : Set.of();
		grooming = (grooming != null) ? Set.copyOf(grooming) : Set.of();
	}

	/**
	 * Concerns from a list of codes.
	 * @param concerns the concerns answered yes
	 * @return flags with no bullying, grooming or threshold
	 */
	public static ConcernFlags of(Concern... concerns) {
		Set<Concern> set = EnumSet.noneOf(Concern.class);
		set.addAll(java.util.Arrays.asList(concerns));
		return new ConcernFlags(set, Set.of(), Set.of(), null);
	}

	public boolean has(Concern concern) {
		return this.raised.contains(concern);
	}

	public boolean anyConcern() {
		return has(Concern.ANY_CONCERN);
	}

	public boolean immediateRiskOfSignificantHarm() {
		return has(Concern.IMMEDIATE_RISK);
	}

	public boolean childIdentifiedAsAbusedInMakingImages() {
		return has(Concern.CHILD_ABUSED_IN_MAKING_IMAGES);
	}

	public boolean adultOfConcernNoIdentifiedChild() {
		return has(Concern.ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD);
	}

	public boolean concernAboutSomeoneWhoWorksWithChildren() {
		return has(Concern.SOMEONE_WHO_WORKS_WITH_CHILDREN) || has(Concern.WORKER_HARMED_THIS_CHILD);
	}

	public boolean possibleCrime() {
		return has(Concern.POSSIBLE_CRIME);
	}

	public boolean intimateImageShared() {
		return has(Concern.INTIMATE_IMAGE_SHARED);
	}

	public boolean sextortionThreatsOrBlackmail() {
		return has(Concern.SEXTORTION);
	}

	public boolean anyGroomingIndicator() {
		return !this.grooming.isEmpty();
	}

	/** The grooming indicators in declaration order, as they read in a reason. */
	java.util.List<String> groomingDescriptions() {
		return this.grooming.stream().sorted().map(GroomingIndicator::description).toList();
	}

}
