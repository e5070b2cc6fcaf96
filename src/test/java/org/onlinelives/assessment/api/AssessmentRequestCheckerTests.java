package org.onlinelives.assessment.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.api.ApiProblem.FieldProblem;
import org.onlinelives.assessment.api.ApiRequests.AssessmentRequest;
import org.onlinelives.assessment.api.ApiRequests.ImageSharingRequest;
import org.onlinelives.assessment.api.ApiRequests.TenCRequest;
import org.onlinelives.assessment.assessments.AssessmentAnswers;
import org.onlinelives.assessment.catalogue.CatalogueLoader;

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

}
