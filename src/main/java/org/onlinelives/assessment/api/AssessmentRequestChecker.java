package org.onlinelives.assessment.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.onlinelives.assessment.api.ApiProblem.FieldProblem;
import org.onlinelives.assessment.api.ApiRequests.AssessmentRequest;
import org.onlinelives.assessment.api.ApiRequests.ConcernsRequest;
import org.onlinelives.assessment.api.ApiRequests.TenCRequest;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentAnswers;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.catalogue.AnswerOption;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;

/**
 * Checks an assessment request against the catalogue and names every field at fault by
 * its JSON path, so a case management system can show its user exactly what to fix.
 */
final class AssessmentRequestChecker {

	private final Catalogue catalogue;

	AssessmentRequestChecker(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	AssessmentAnswers check(AssessmentRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> factors = codes("vulnerabilityFactors", request.vulnerabilityFactors(),
				(code) -> this.catalogue.factor(code).isPresent(), "vulnerability factor", problems);
		Set<String> scenarios = codes("scenarios", request.scenarios(),
				(code) -> this.catalogue.scenario(code).isPresent(), "scenario", problems);
		List<String> why = (request.imageSharing() != null) ? request.imageSharing().whyShared() : null;
		List<String> after = (request.imageSharing() != null) ? request.imageSharing().whatHappenedAfter() : null;
		Set<String> whyShared = codes("imageSharing.whyShared", why,
				(code) -> isAnswer(this.catalogue.imageSharing().whyShared(), code), "image-sharing reason", problems);
		Set<String> whatHappened = codes("imageSharing.whatHappenedAfter", after,
				(code) -> isAnswer(this.catalogue.imageSharing().whatHappenedAfter(), code), "image-sharing outcome",
				problems);
		Set<String> adversities = codes("offlineAdversities", request.offlineAdversities(),
				(code) -> this.catalogue.offlineAdversity(code).isPresent(), "offline adversity", problems);
		Map<String, TenCEntry> tenCs = new HashMap<>();
		if (request.tenCs() != null) {
			request.tenCs().forEach((code, entry) -> {
				String path = "tenCs." + code;
				if (this.catalogue.tenC(code).isEmpty()) {
					problems.add(new FieldProblem(path, "Unknown 10 Cs code '" + code + "'"));
					return;
				}
				if (entry == null) {
					return;
				}
				checkTenC(path, entry, problems);
				tenCs.put(code, new TenCEntry(entry.strengths(), entry.vulnerabilities(), entry.rating(),
						entry.youngPersonView(), entry.parentView()));
			});
		}
		AssessmentAnswers answers = new AssessmentAnswers(factors, scenarios, whyShared, whatHappened, adversities,
				request.offlineNotes(), concerns(request.concerns()), tenCs);
		// the assessment's own rules, asked now so one reply names every fault before a
		// version is started
		Assessment.refusals(answers)
			.forEach((refusal) -> problems.add(new FieldProblem(refusal.field(), refusal.explanation())));
		if (!problems.isEmpty()) {
			throw new ApiBodyException(422, "Some answers are not ones the assessment accepts.", problems);
		}
		return answers;
	}

	private void checkTenC(String path, TenCRequest entry, List<FieldProblem> problems) {
		if (entry.rating() != null && this.catalogue.ratingLevel(entry.rating()).isEmpty()) {
			problems.add(new FieldProblem(path + ".rating",
					"Rating " + entry.rating() + " is not on the scale 1 to " + this.catalogue.ratingScale().size()));
		}
	}

	private static Set<String> codes(String path, List<String> values, Predicate<String> known, String what,
			List<FieldProblem> problems) {
		Set<String> codes = new LinkedHashSet<>();
		if (values == null) {
			return codes;
		}
		for (int i = 0; i < values.size(); i++) {
			String code = values.get(i);
			if (code == null || !known.test(code)) {
				problems.add(new FieldProblem(path + "[" + i + "]", "Unknown " + what + " code '" + code + "'"));
			}
			else {
				codes.add(code);
			}
		}
		return codes;
	}

	private static boolean isAnswer(List<AnswerOption> answers, String code) {
		return answers.stream().anyMatch((answer) -> answer.code().equals(code));
	}

	private static ConcernFlags concerns(ConcernsRequest request) {
		if (request == null) {
			return ConcernFlags.NONE;
		}
		Set<Concern> raised = EnumSet.noneOf(Concern.class);
		add(raised, request.anyConcern(), Concern.ANY_CONCERN);
		add(raised, request.immediateRiskOfSignificantHarm(), Concern.IMMEDIATE_RISK);
		add(raised, request.suicidalThoughtsOrSelfHarm(), Concern.SUICIDAL_THOUGHTS_OR_SELF_HARM);
		add(raised, request.childIdentifiedAsAbusedInMakingImages(), Concern.CHILD_ABUSED_IN_MAKING_IMAGES);
		add(raised, request.adultOfConcernNoIdentifiedChild(), Concern.ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD);
		add(raised, request.concernAboutSomeoneWhoWorksWithChildren(), Concern.SOMEONE_WHO_WORKS_WITH_CHILDREN);
		add(raised, request.workerHarmedThisChild(), Concern.WORKER_HARMED_THIS_CHILD);
		add(raised, request.adultInHouseholdOrNetwork(), Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK);
		add(raised, request.possibleCrime(), Concern.POSSIBLE_CRIME);
		add(raised, request.intimateImageShared(), Concern.INTIMATE_IMAGE_SHARED);
		add(raised, request.sextortionThreatsOrBlackmail(), Concern.SEXTORTION);
		add(raised, request.sexualExploitation(), Concern.SEXUAL_EXPLOITATION);
		add(raised, request.criminalExploitationOrGangs(), Concern.CRIMINAL_EXPLOITATION_OR_GANGS);
		add(raised, request.radicalisation(), Concern.RADICALISATION);
		add(raised, request.parentsWouldIncreaseRisk(), Concern.PARENTS_WOULD_INCREASE_RISK);
		return new ConcernFlags(raised,
				(request.bullying() != null)
						? new LinkedHashSet<BullyingRole>(request.bullying().stream().filter((r) -> r != null).toList())
						: Set.of(),
				(request.groomingIndicators() != null) ? new LinkedHashSet<GroomingIndicator>(
						request.groomingIndicators().stream().filter((g) -> g != null).toList()) : Set.of(),
				request.thresholdDecision());
	}

	private static void add(Set<Concern> raised, Boolean answer, Concern concern) {
		if (Boolean.TRUE.equals(answer)) {
			raised.add(concern);
		}
	}

	private static boolean on(Boolean value) {
		return Boolean.TRUE.equals(value);
	}

}
