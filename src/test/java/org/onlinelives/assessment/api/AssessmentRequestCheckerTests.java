package org.onlinelives.assessment.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.api.ApiProblem.FieldProblem;
import org.onlinelives.assessment.api.ApiRequests.AssessmentRequest;
import org.onlinelives.assessment.api.ApiRequests.ConcernsRequest;
import org.onlinelives.assessment.api.ApiRequests.ImageSharingRequest;
import org.onlinelives.assessment.api.ApiRequests.TenCRequest;
import org.onlinelives.assessment.assessments.AssessmentAnswers;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AssessmentRequestCheckerTests {

	private final AssessmentRequestChecker checker = new AssessmentRequestChecker(CatalogueLoader.loadCurrent());

	@Test
	void acceptsKnownCodes() {
		AssessmentAnswers answers = this.checker.check(new AssessmentRequest(null, List.of("ISOLATED"),
				List.of("CONDUCT_SHARED_INTIMATE_IMAGE"), new ImageSharingRequest(List.of("SHARED_FOR_FUN"), null),
				List.of("NEGLECT"), "Notes", null, Map.of("CONTENT", new TenCRequest("a", null, 5, null, null)), true));
		assertThat(answers.vulnerabilityFactors()).containsExactly("ISOLATED");
		assertThat(answers.tenCs().get("CONTENT").rating()).isEqualTo(5);
	}

	@Test
	void namesEveryFieldAtFault() {
		ApiBodyException ex = catchThrowableOfType(ApiBodyException.class,
				() -> this.checker
					.check(new AssessmentRequest(null, List.of("ISOLATED", "NOPE"), List.of("CONTENT_HATE_SITES"),
							new ImageSharingRequest(List.of("SHARED_FOR_FUN"), List.of("NEVER")), List.of("X"),
							"y".repeat(2001), null,
							Map.of("CONTENT", new TenCRequest(null, "z".repeat(2001), 0, null, null)), false)));
		assertThat(ex.status()).isEqualTo(422);
		assertThat(ex.errors()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("vulnerabilityFactors[1]", "imageSharing.whatHappenedAfter[0]", "imageSharing",
					"offlineAdversities[0]", "offlineNotes", "tenCs.CONTENT.rating", "tenCs.CONTENT.vulnerabilities");
	}

	// every concern the web form asks can be sent by a case management system: a concern
	// added to the assessment without a field here fails
	@Test
	void everyConcernGroomingSignAndThresholdCanBeSent() throws Exception {
		java.lang.reflect.RecordComponent[] fields = ConcernsRequest.class.getRecordComponents();
		Object[] values = new Object[fields.length];
		for (int i = 0; i < fields.length; i++) {
			Class<?> type = fields[i].getType();
			values[i] = switch (fields[i].getName()) {
				case "bullying" -> List.of(BullyingRole.values());
				case "groomingIndicators" -> List.of(GroomingIndicator.values());
				case "thresholdDecision" -> ThresholdLevel.CHILD_IN_NEED;
				default -> {
					assertThat(type).as(fields[i].getName()).isEqualTo(Boolean.class);
					yield Boolean.TRUE;
				}
			};
		}
		ConcernsRequest everything = (ConcernsRequest) ConcernsRequest.class
			.getDeclaredConstructor(java.util.Arrays.stream(fields)
				.map(java.lang.reflect.RecordComponent::getType)
				.toArray(Class<?>[]::new))
			.newInstance(values);
		ConcernFlags concerns = this.checker
			.check(new AssessmentRequest(null, null, null, null, null, null, everything, null, false))
			.concerns();
		assertThat(concerns.raised()).containsExactlyInAnyOrder(Concern.values());
		assertThat(concerns.bullying()).containsExactlyInAnyOrder(BullyingRole.values());
		assertThat(concerns.grooming()).containsExactlyInAnyOrder(GroomingIndicator.values());
		assertThat(concerns.threshold()).isEqualTo(ThresholdLevel.CHILD_IN_NEED);
	}

}
