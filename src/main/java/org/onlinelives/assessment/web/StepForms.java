package org.onlinelives.assessment.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;
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

	/**
	 * What every step's form carries: the version the practitioner started from and where
	 * to go after saving.
	 */
	interface StepForm {

		String version();

		String returnTo();

		/** The same answers over the current version, to save again after a clash. */
		StepForm withVersion(Long current);

	}

	record FactorsForm(List<String> factors, String version, String returnTo) implements StepForm {

		static FactorsForm of(Assessment assessment, String returnTo) {
			return new FactorsForm(List.copyOf(assessment.vulnerabilityFactorCodes()),
					String.valueOf(assessment.getVersion()), returnTo);
		}

		@Override
		public FactorsForm withVersion(Long current) {
			return new FactorsForm(this.factors, String.valueOf(current), this.returnTo);
		}

	}

	/**
	 * The scenarios step, with every question about pictures: the follow-up questions on
	 * a picture the young person shared, and the concerns about pictures (someone else
	 * shared one, threats or blackmail).
	 */
	record ScenariosForm(List<String> scenarios, List<String> whyShared, List<String> whatHappenedAfter,
			List<String> pictures, String version, String returnTo) implements StepForm {

		static ScenariosForm of(Assessment assessment, String returnTo) {
			return new ScenariosForm(List.copyOf(assessment.scenarioCodes()), List.copyOf(assessment.whySharedCodes()),
					List.copyOf(assessment.whatHappenedAfterCodes()), StepForms.pictures(assessment.concerns()),
					String.valueOf(assessment.getVersion()), returnTo);
		}

		@Override
		public ScenariosForm withVersion(Long current) {
			return new ScenariosForm(this.scenarios, this.whyShared, this.whatHappenedAfter, this.pictures,
					String.valueOf(current), this.returnTo);
		}

		/**
		 * The concerns about pictures, or null if a value is not one of them (tampered).
		 */
		Set<Concern> pictureConcerns() {
			Set<Concern> concerns = FormValues.toEnums(Concern.class, this.pictures).orElse(null);
			return (concerns != null && Concern.PICTURES.containsAll(concerns)) ? concerns : null;
		}

	}

	/** The concerns about pictures that are recorded, in the order they are asked. */
	static List<String> pictures(ConcernFlags flags) {
		return Concern.PICTURES.stream().filter(flags.raised()::contains).map(Enum::name).toList();
	}

	record OfflineForm(List<String> adversities, String notes, String version, String returnTo) implements StepForm {

		static OfflineForm of(Assessment assessment, String returnTo) {
			return new OfflineForm(List.copyOf(assessment.offlineAdversityCodes()),
					(assessment.getOfflineNotes() != null) ? assessment.getOfflineNotes() : "",
					String.valueOf(assessment.getVersion()), returnTo);
		}

		@Override
		public OfflineForm withVersion(Long current) {
			return new OfflineForm(this.adversities, this.notes, String.valueOf(current), this.returnTo);
		}

	}

	/** The threshold radio meaning no decision is recorded yet. */
	static final String NOT_DECIDED = "NOT_DECIDED";

	/**
	 * The concern questions, as checkbox codes with labels in the message bundle:
	 * exploitation is asked as its own group, the threshold decision as radios, and the
	 * concerns about pictures not here but with the scenarios.
	 */
	record ConcernsForm(List<String> concerns, List<String> exploitation, List<String> bullying, List<String> grooming,
			String threshold, String version, String returnTo) implements StepForm {

		static ConcernsForm of(Assessment assessment, String returnTo) {
			ConcernFlags flags = assessment.concerns();
			List<String> concerns = flags.raised()
				.stream()
				.filter((concern) -> !Concern.EXPLOITATION.contains(concern) && !Concern.PICTURES.contains(concern))
				.sorted()
				.map(Enum::name)
				.toList();
			List<String> exploitation = flags.raised()
				.stream()
				.filter(Concern.EXPLOITATION::contains)
				.sorted()
				.map(Enum::name)
				.toList();
			return new ConcernsForm(concerns, exploitation, flags.bullying().stream().map(Enum::name).sorted().toList(),
					flags.grooming().stream().sorted().map(Enum::name).toList(),
					(flags.threshold() != null) ? flags.threshold().name() : NOT_DECIDED,
					String.valueOf(assessment.getVersion()), returnTo);
		}

		@Override
		public ConcernsForm withVersion(Long current) {
			return new ConcernsForm(this.concerns, this.exploitation, this.bullying, this.grooming, this.threshold,
					String.valueOf(current), this.returnTo);
		}

		/** The concerns, or null if a value is not one of the questions (tampered). */
		ConcernFlags flags() {
			Set<Concern> on = FormValues.toEnums(Concern.class, this.concerns).orElse(null);
			Set<Concern> exploited = FormValues.toEnums(Concern.class, this.exploitation).orElse(null);
			Set<BullyingRole> roles = FormValues.toEnums(BullyingRole.class, this.bullying).orElse(null);
			Set<GroomingIndicator> indicators = FormValues.toEnums(GroomingIndicator.class, this.grooming).orElse(null);
			boolean noThreshold = this.threshold == null || this.threshold.isBlank()
					|| NOT_DECIDED.equals(this.threshold);
			ThresholdLevel level = noThreshold ? null
					: FormValues.toEnum(ThresholdLevel.class, this.threshold).orElse(null);
			if (on == null || exploited == null || roles == null || indicators == null
					|| (!noThreshold && level == null) || !Concern.EXPLOITATION.containsAll(exploited)
					|| on.stream().anyMatch(Concern.PICTURES::contains)) {
				return null;
			}
			Set<Concern> raised = new LinkedHashSet<>(on);
			raised.addAll(exploited);
			return new ConcernFlags(raised, roles, indicators, level);
		}

	}

	record TenCForm(String strengths, String vulnerabilities, String rating, String youngPersonView, String parentView,
			String version, String returnTo) implements StepForm {

		static TenCForm of(Assessment assessment, String code, String returnTo) {
			TenCEntry entry = assessment.tenC(code);
			if (entry == null) {
				return new TenCForm("", "", null, "", "", String.valueOf(assessment.getVersion()), returnTo);
			}
			return new TenCForm(text(entry.strengths()), text(entry.vulnerabilities()),
					(entry.rating() != null) ? String.valueOf(entry.rating()) : null, text(entry.youngPersonView()),
					text(entry.parentView()), String.valueOf(assessment.getVersion()), returnTo);
		}

		@Override
		public TenCForm withVersion(Long current) {
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
