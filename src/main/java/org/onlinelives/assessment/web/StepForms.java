package org.onlinelives.assessment.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.GroomingMarkers;
import org.onlinelives.platform.web.FormValues;

/**
 * The form of each assessment step. Every form carries the version of the assessment the
 * practitioner started from, so a save over someone else's change is refused, and
 * {@code returnTo} so a change link from the check-answers page returns there.
 */
final class StepForms {

	private StepForms() {
	}

	static Set<String> codes(List<String> values) {
		return (values != null) ? new LinkedHashSet<>(values.stream().filter((v) -> v != null && !v.isBlank()).toList())
				: Set.of();
	}

	static Long version(String version) {
		return FormValues.toLong(version).orElse(null);
	}

	record FactorsForm(List<String> factors, String version, String returnTo) {

		static FactorsForm of(Assessment assessment, String returnTo) {
			return new FactorsForm(List.copyOf(assessment.vulnerabilityFactorCodes()),
					String.valueOf(assessment.getVersion()), returnTo);
		}

		FactorsForm withVersion(Long current) {
			return new FactorsForm(this.factors, String.valueOf(current), this.returnTo);
		}

	}

	record ScenariosForm(List<String> scenarios, List<String> whyShared, List<String> whatHappenedAfter, String version,
			String returnTo) {

		static ScenariosForm of(Assessment assessment, String returnTo) {
			return new ScenariosForm(List.copyOf(assessment.scenarioCodes()), List.copyOf(assessment.whySharedCodes()),
					List.copyOf(assessment.whatHappenedAfterCodes()), String.valueOf(assessment.getVersion()),
					returnTo);
		}

		ScenariosForm withVersion(Long current) {
			return new ScenariosForm(this.scenarios, this.whyShared, this.whatHappenedAfter, String.valueOf(current),
					this.returnTo);
		}

	}

	record OfflineForm(List<String> adversities, String notes, String version, String returnTo) {

		static OfflineForm of(Assessment assessment, String returnTo) {
			return new OfflineForm(List.copyOf(assessment.offlineAdversityCodes()),
					(assessment.getOfflineNotes() != null) ? assessment.getOfflineNotes() : "",
					String.valueOf(assessment.getVersion()), returnTo);
		}

		OfflineForm withVersion(Long current) {
			return new OfflineForm(this.adversities, this.notes, String.valueOf(current), this.returnTo);
		}

	}

	/** The concern questions, as checkbox codes with labels in the message bundle. */
	enum Concern {

		ANY_CONCERN, IMMEDIATE_RISK, CHILD_ABUSED_IN_MAKING_IMAGES, ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD,
		SOMEONE_WHO_WORKS_WITH_CHILDREN, POSSIBLE_CRIME, INTIMATE_IMAGE_SHARED, SEXTORTION

	}

	enum Grooming {

		CONTACT_TWO_OR_MORE_OCCASIONS, MEETING_ARRANGED, TRAVEL_TO_MEET

	}

	record ConcernsForm(List<String> concerns, List<String> bullying, List<String> grooming, String version,
			String returnTo) {

		static ConcernsForm of(Assessment assessment, String returnTo) {
			ConcernFlags flags = assessment.concerns();
			List<String> concerns = new java.util.ArrayList<>();
			add(concerns, flags.anyConcern(), Concern.ANY_CONCERN);
			add(concerns, flags.immediateRiskOfSignificantHarm(), Concern.IMMEDIATE_RISK);
			add(concerns, flags.childIdentifiedAsAbusedInMakingImages(), Concern.CHILD_ABUSED_IN_MAKING_IMAGES);
			add(concerns, flags.adultOfConcernNoIdentifiedChild(), Concern.ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD);
			add(concerns, flags.concernAboutSomeoneWhoWorksWithChildren(), Concern.SOMEONE_WHO_WORKS_WITH_CHILDREN);
			add(concerns, flags.possibleCrime(), Concern.POSSIBLE_CRIME);
			add(concerns, flags.intimateImageShared(), Concern.INTIMATE_IMAGE_SHARED);
			add(concerns, flags.sextortionThreatsOrBlackmail(), Concern.SEXTORTION);
			List<String> grooming = new java.util.ArrayList<>();
			add(grooming, flags.grooming().contactOnTwoOrMoreOccasions(), Grooming.CONTACT_TWO_OR_MORE_OCCASIONS);
			add(grooming, flags.grooming().meetingArranged(), Grooming.MEETING_ARRANGED);
			add(grooming, flags.grooming().travelToMeet(), Grooming.TRAVEL_TO_MEET);
			return new ConcernsForm(concerns, flags.bullying().stream().map(Enum::name).sorted().toList(), grooming,
					String.valueOf(assessment.getVersion()), returnTo);
		}

		private static void add(List<String> list, boolean on, Enum<?> code) {
			if (on) {
				list.add(code.name());
			}
		}

		ConcernsForm withVersion(Long current) {
			return new ConcernsForm(this.concerns, this.bullying, this.grooming, String.valueOf(current),
					this.returnTo);
		}

		/** The concerns, or null if a value is not one of the questions (tampered). */
		ConcernFlags flags() {
			Set<Concern> on = FormValues.toEnums(Concern.class, this.concerns).orElse(null);
			Set<BullyingRole> roles = FormValues.toEnums(BullyingRole.class, this.bullying).orElse(null);
			Set<Grooming> markers = FormValues.toEnums(Grooming.class, this.grooming).orElse(null);
			if (on == null || roles == null || markers == null) {
				return null;
			}
			return new ConcernFlags(on.contains(Concern.ANY_CONCERN), on.contains(Concern.IMMEDIATE_RISK),
					on.contains(Concern.CHILD_ABUSED_IN_MAKING_IMAGES),
					on.contains(Concern.ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD),
					on.contains(Concern.SOMEONE_WHO_WORKS_WITH_CHILDREN), roles, on.contains(Concern.POSSIBLE_CRIME),
					on.contains(Concern.INTIMATE_IMAGE_SHARED), on.contains(Concern.SEXTORTION),
					new GroomingMarkers(markers.contains(Grooming.CONTACT_TWO_OR_MORE_OCCASIONS),
							markers.contains(Grooming.MEETING_ARRANGED), markers.contains(Grooming.TRAVEL_TO_MEET)));
		}

	}

	record TenCForm(String strengths, String vulnerabilities, String rating, String youngPersonView, String parentView,
			String version, String returnTo) {

		static TenCForm of(Assessment assessment, String code, String returnTo) {
			TenCEntry entry = assessment.tenC(code);
			if (entry == null) {
				return new TenCForm("", "", null, "", "", String.valueOf(assessment.getVersion()), returnTo);
			}
			return new TenCForm(text(entry.strengths()), text(entry.vulnerabilities()),
					(entry.rating() != null) ? String.valueOf(entry.rating()) : null, text(entry.youngPersonView()),
					text(entry.parentView()), String.valueOf(assessment.getVersion()), returnTo);
		}

		TenCForm withVersion(Long current) {
			return new TenCForm(this.strengths, this.vulnerabilities, this.rating, this.youngPersonView,
					this.parentView, String.valueOf(current), this.returnTo);
		}

		TenCEntry entry(Integer ratingValue) {
			return new TenCEntry(clean(this.strengths), clean(this.vulnerabilities), ratingValue,
					clean(this.youngPersonView), clean(this.parentView));
		}

		private static String text(String value) {
			return (value != null) ? value : "";
		}

		private static String clean(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

}
