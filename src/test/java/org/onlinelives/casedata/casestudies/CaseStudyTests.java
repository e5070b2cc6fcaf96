package org.onlinelives.casedata.casestudies;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case study's way to the library, and every move it refuses.
 */
class CaseStudyTests {

	private static final long AUTHOR = 1;

	private static final long LEAD = 2;

	private static final long ADMIN = 3;

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final List<String> REFERENCE = List.of("CD-117");

	private static CaseStudy draft(String narrative) {
		return CaseStudy.propose(10, 20, AUTHOR,
				new CaseStudy.Material(99L, "14-15", Set.of("CONTACT"), Set.of("CONTACT_GROOMING"), Set.of("F1")),
				"Grooming through a game", narrative, NOW);
	}

	private static CaseStudy clean() {
		return draft("A young person was contacted through a game and moved to a private app.");
	}

	private static String keyOf(Runnable move) {
		try {
			move.run();
		}
		catch (CaseStudyRuleException refusal) {
			return refusal.problems().get(0).messageKey();
		}
		throw new AssertionError("the move was allowed");
	}

	@Test
	void aProposalKeepsOnlyTheMaterialAndTheText() {
		CaseStudy study = clean();
		assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.DRAFT);
		assertThat(study.getAgeBand()).isEqualTo("14-15");
		assertThat(study.getCs()).containsExactly("CONTACT");
		assertThat(study.getScenarios()).containsExactly("CONTACT_GROOMING");
		assertThat(study.getFactors()).containsExactly("F1");
		assertThat(study.getSourceAssessmentId()).isEqualTo(99L);
	}

	@Test
	void aProposalNamesEveryProblemWithItsText() {
		assertThatThrownBy(() -> CaseStudy.propose(10, 20, AUTHOR,
				new CaseStudy.Material(1L, "0-10", Set.of(), Set.of(), Set.of()), " ", "", NOW))
			.isInstanceOfSatisfying(CaseStudyRuleException.class,
					(refusal) -> assertThat(refusal.problems())
						.extracting(CaseStudyRuleException.Problem::field, CaseStudyRuleException.Problem::messageKey)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "casestudy.title.required"),
								org.assertj.core.groups.Tuple.tuple("narrative", "casestudy.narrative.required")));
		assertThat(keyOf(() -> draft("x".repeat(CaseStudy.MAX_NARRATIVE + 1))))
			.isEqualTo("casestudy.narrative.tooLong");
		assertThat(keyOf(() -> clean().edit(AUTHOR, "t".repeat(CaseStudy.MAX_TITLE + 1), "text", NOW)))
			.isEqualTo("casestudy.title.tooLong");
	}

	@Test
	void submittingIsRefusedWhileAFindingIsUnresolved() {
		CaseStudy study = draft("Jane was contacted on 3 March by someone she met in a game.");
		assertThat(study.unresolved(REFERENCE)).hasSize(2);
		assertThat(keyOf(() -> study.submit(AUTHOR, REFERENCE, NOW))).isEqualTo("casestudy.submit.unresolved");
		study.redact(AUTHOR, "Jane", NOW);
		assertThat(study.getNarrative()).startsWith(IdentifierDetector.REDACTED + " was contacted");
		study.dismiss(AUTHOR, IdentifierKind.DATE, "3 March", "Changed from the real date", REFERENCE, NOW);
		assertThat(study.unresolved(REFERENCE)).isEmpty();
		assertThat(study.getDismissals()).singleElement()
			.satisfies((dismissal) -> assertThat(dismissal.reason()).isEqualTo("Changed from the real date"));
		study.submit(AUTHOR, REFERENCE, NOW);
		assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.AWAITING_LEAD);
	}

	@Test
	void theCaseReferenceCannotBeMarkedNotAnIdentifier() {
		CaseStudy study = draft("The case CD-117 shows how grooming moves between apps.");
		assertThat(keyOf(
				() -> study.dismiss(AUTHOR, IdentifierKind.CASE_REFERENCE, "CD-117", "it is fine", REFERENCE, NOW)))
			.isEqualTo("casestudy.dismiss.caseReference");
		assertThat(keyOf(() -> study.submit(AUTHOR, REFERENCE, NOW))).isEqualTo("casestudy.submit.unresolved");
	}

	@Test
	void aDismissalNeedsAReasonAndAFindingThatIsThere() {
		CaseStudy study = draft("She talked to Jane about it.");
		assertThat(keyOf(() -> study.dismiss(AUTHOR, IdentifierKind.NAME, "Jane", " ", REFERENCE, NOW)))
			.isEqualTo("casestudy.dismiss.reason.required");
		assertThat(keyOf(() -> study.dismiss(AUTHOR, IdentifierKind.NAME, "Jane", "r".repeat(CaseStudy.MAX_REASON + 1),
				REFERENCE, NOW)))
			.isEqualTo("casestudy.dismiss.reason.tooLong");
		assertThat(keyOf(() -> study.dismiss(AUTHOR, IdentifierKind.NAME, "Sam", "not here", REFERENCE, NOW)))
			.isEqualTo("casestudy.dismiss.notFound");
		assertThat(keyOf(() -> study.dismiss(AUTHOR, IdentifierKind.DATE, "Jane", "wrong kind", REFERENCE, NOW)))
			.isEqualTo("casestudy.dismiss.notFound");
	}

	@Test
	void redactingReplacesTheWholeWordWhereverItAppearsAndNothingElse() {
		CaseStudy study = draft("Sam told Samantha. Later sam said it again.");
		study.redact(AUTHOR, "Sam", NOW);
		assertThat(study.getNarrative()).isEqualTo("[removed] told Samantha. Later [removed] said it again.");
	}

	@Test
	void redactingTextThatIsNotThereIsRefused() {
		assertThat(keyOf(() -> clean().redact(AUTHOR, "Nobody", NOW))).isEqualTo("casestudy.redact.notFound");
		assertThat(keyOf(() -> clean().redact(AUTHOR, " ", NOW))).isEqualTo("casestudy.redact.notFound");
	}

	@Test
	void onlyTheAuthorChangesADraftAndOnlyWhileItIsTheirs() {
		CaseStudy study = clean();
		assertThat(keyOf(() -> study.edit(LEAD, "New", "Text", NOW))).isEqualTo("casestudy.onlyAuthor");
		assertThat(keyOf(() -> study.submit(LEAD, REFERENCE, NOW))).isEqualTo("casestudy.onlyAuthor");
		study.submit(AUTHOR, REFERENCE, NOW);
		assertThat(keyOf(() -> study.edit(AUTHOR, "New", "Text", NOW))).isEqualTo("casestudy.notEditable");
		assertThat(keyOf(() -> study.redact(AUTHOR, "game", NOW))).isEqualTo("casestudy.notEditable");
		assertThat(keyOf(() -> study.submit(AUTHOR, REFERENCE, NOW))).isEqualTo("casestudy.submit.already");
	}

	@Test
	void theLeadThenTheAdministratorApproveAndPublishingDropsTheLinkToTheAssessment() {
		CaseStudy study = clean();
		study.submit(AUTHOR, REFERENCE, NOW);
		assertThat(keyOf(() -> study.adminDecides(ADMIN, true, null, NOW)))
			.isEqualTo("casestudy.decision.notAwaitingAdmin");
		study.leadDecides(LEAD, true, "Good learning", NOW);
		assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.AWAITING_ADMIN);
		assertThat(study.getLeadComment()).isEqualTo("Good learning");
		assertThat(keyOf(() -> study.leadDecides(LEAD, true, null, NOW)))
			.isEqualTo("casestudy.decision.notAwaitingLead");
		study.adminDecides(ADMIN, true, "", NOW);
		assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.PUBLISHED);
		assertThat(study.getSourceAssessmentId()).isNull();
		assertThat(study.getPublishedAt()).isEqualTo(NOW);
		assertThat(keyOf(() -> study.edit(AUTHOR, "New", "Text", NOW))).isEqualTo("casestudy.published");
	}

	@Test
	void aRejectionNeedsACommentAndReturnsTheDraftToItsAuthorToEditAndResubmit() {
		CaseStudy study = clean();
		study.submit(AUTHOR, REFERENCE, NOW);
		assertThat(keyOf(() -> study.leadDecides(LEAD, false, "  ", NOW)))
			.isEqualTo("casestudy.decision.comment.required");
		study.leadDecides(LEAD, true, null, NOW);
		assertThat(keyOf(() -> study.adminDecides(ADMIN, false, "c".repeat(CaseStudy.MAX_COMMENT + 1), NOW)))
			.isEqualTo("casestudy.decision.comment.tooLong");
		study.adminDecides(ADMIN, false, "Say less about the family", NOW);
		assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.RETURNED);
		assertThat(study.getReturnComment()).isEqualTo("Say less about the family");
		assertThat(study.getReturnedByRole()).isEqualTo(CaseStudy.ADMIN);
		assertThat(study.getLeadApprovedAt()).isNull();
		study.edit(AUTHOR, "Grooming through a game", "A shorter account.", NOW);
		study.submit(AUTHOR, REFERENCE, NOW);
		assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.AWAITING_LEAD);
	}

	@Test
	void nobodyApprovesTheirOwnDraft() {
		CaseStudy study = clean();
		study.submit(AUTHOR, REFERENCE, NOW);
		assertThat(keyOf(() -> study.leadDecides(AUTHOR, true, null, NOW))).isEqualTo("casestudy.decision.ownDraft");
	}

	@ParameterizedTest
	@EnumSource(value = CaseStudyStatus.class, names = { "DRAFT", "RETURNED" })
	void onlyDraftsAndReturnedDraftsAreEditable(CaseStudyStatus status) {
		assertThat(status.isEditable()).isTrue();
	}

	@Test
	void paragraphsAreSplitOnBlankLines() {
		assertThat(draft("First part.\n\nSecond part.\r\n\r\nThird.").paragraphs()).containsExactly("First part.",
				"Second part.", "Third.");
	}

}
