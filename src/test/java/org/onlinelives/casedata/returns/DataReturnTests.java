package org.onlinelives.casedata.returns;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.disclosure.DisclosurePolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A return is submitted only when open, with a comment, once per version seen; it keeps
 * only safe figures and nothing about it can change afterwards.
 */
class DataReturnTests {

	static final DisclosurePolicy EXPORT = new DisclosurePolicy(10, false);

	static final ReturnPeriod QUARTER = new ReturnPeriod(YearMonth.of(2026, 10), YearMonth.of(2026, 12), 30);

	static final DataReturn.Submitter LEAD = new DataReturn.Submitter(1L, 2L, 3L, "Lead", LocalDate.of(2026, 12, 2),
			Instant.parse("2026-12-02T10:00:00Z"));

	static List<ReturnFigure> figures(long... counts) {
		List<String> codes = Arrays.stream(counts).mapToObj((c) -> "C" + c).toList();
		return ReturnProtection
			.protect(List.of(new ReturnProtection.Counted("GENDER", codes, codes, counts, "Total cases")), EXPORT);
	}

	@Test
	void theFirstSubmissionIsVersionOneAndACorrectionTheNext() {
		DataReturn first = DataReturn.submit(LEAD, QUARTER, 0, 0, "  First return  ", figures(12, 20), EXPORT);
		assertThat(first.getReturnVersion()).isEqualTo(1);
		assertThat(first.getComment()).isEqualTo("First return");
		assertThat(first.getPeriodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(first.getPeriodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(first.getThreshold()).isEqualTo(10);
		DataReturn second = DataReturn.submit(LEAD, QUARTER, 1, 1, "Two late cases added", figures(13, 21), EXPORT);
		assertThat(second.getReturnVersion()).isEqualTo(2);
		assertThat(first.getFigures()).extracting(ReturnFigure::shownCount).containsExactly(12L, 20L, 32L);
	}

	@Test
	void aSecondPressOfSubmitIsRefusedNotSavedAgain() {
		assertThatThrownBy(() -> DataReturn.submit(LEAD, QUARTER, 1, 0, "Again", figures(12), EXPORT))
			.isInstanceOfSatisfying(ReturnRuleException.class, (ex) -> assertThat(ex.problems())
				.containsExactly(new ReturnRuleException.Problem(null, "returns.submit.changedMeanwhile")));
		assertThatThrownBy(() -> DataReturn.submit(LEAD, QUARTER, 1, null, "No version sent", figures(12), EXPORT))
			.isInstanceOf(ReturnRuleException.class);
	}

	@Test
	void aCommentIsRequiredAndLimited() {
		assertThatThrownBy(() -> DataReturn.submit(LEAD, QUARTER, 0, 0, "   ", figures(12), EXPORT))
			.isInstanceOfSatisfying(ReturnRuleException.class, (ex) -> assertThat(ex.problems())
				.containsExactly(new ReturnRuleException.Problem("comment", "returns.comment.required")));
		String tooLong = "x".repeat(DataReturn.MAX_COMMENT + 1);
		assertThatThrownBy(() -> DataReturn.submit(LEAD, QUARTER, 0, 0, tooLong, figures(12), EXPORT))
			.isInstanceOfSatisfying(ReturnRuleException.class, (ex) -> assertThat(ex.problems())
				.containsExactly(new ReturnRuleException.Problem("comment", "returns.comment.tooLong")));
		assertThat(DataReturn.submit(LEAD, QUARTER, 0, 0, "x".repeat(DataReturn.MAX_COMMENT), figures(12), EXPORT)
			.getComment()).hasSize(DataReturn.MAX_COMMENT);
	}

	@Test
	void aPeriodNotYetOpenIsRefusedWithEveryOtherProblem() {
		ReturnPeriod next = new ReturnPeriod(YearMonth.of(2027, 1), YearMonth.of(2027, 3), 30);
		assertThatThrownBy(() -> DataReturn.submit(LEAD, next, 0, 0, "", List.of(), EXPORT)).isInstanceOfSatisfying(
				ReturnRuleException.class,
				(ex) -> assertThat(ex.problems()).extracting(ReturnRuleException.Problem::messageKey)
					.containsExactly("returns.submit.notOpen", "returns.comment.required"));
	}

	@Test
	void figuresThatWouldShowASmallCountOrGiveOneAwayAreNeverKept() {
		List<ReturnFigure> small = List.of(new ReturnFigure("GENDER", "A", "A", false, 3L),
				new ReturnFigure("GENDER", ReturnProtection.TOTAL, "Total", true, 3L));
		assertThatThrownBy(() -> DataReturn.submit(LEAD, QUARTER, 0, 0, "Comment", small, EXPORT))
			.isInstanceOf(IllegalStateException.class);
		List<ReturnFigure> recoverable = List.of(new ReturnFigure("GENDER", "A", "A", false, null),
				new ReturnFigure("GENDER", "B", "B", false, 20L),
				new ReturnFigure("GENDER", ReturnProtection.TOTAL, "Total", true, 23L));
		assertThatThrownBy(() -> DataReturn.submit(LEAD, QUARTER, 0, 0, "Comment", recoverable, EXPORT))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void protectedFiguresNeverShowASmallCountNorLeaveOneWithheldFigureAlone() {
		Random random = new Random(12);
		for (int table = 0; table < 20_000; table++) {
			long[] counts = new long[1 + random.nextInt(8)];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
			}
			List<ReturnFigure> protectedFigures = figures(counts);
			assertThat(ReturnProtection.unsafe(protectedFigures, 10)).as(Arrays.toString(counts)).isEmpty();
			for (int i = 0; i < counts.length; i++) {
				ReturnFigure figure = protectedFigures.get(i);
				assertThat(figure.withheld() || figure.shownCount() == counts[i]).as(Arrays.toString(counts)).isTrue();
			}
		}
	}

	@Test
	void aReturnHasNoMethodThatChangesItAndItsFiguresAreACopy() {
		assertThat(Arrays.stream(DataReturn.class.getDeclaredMethods())
			.filter((m) -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
			.map(java.lang.reflect.Method::getName))
			.allMatch((name) -> name.startsWith("get") || name.startsWith("is") || name.equals("byBreakdown"));
		DataReturn submitted = DataReturn.submit(LEAD, QUARTER, 0, 0, "Comment", figures(12, 20), EXPORT);
		assertThatThrownBy(() -> submitted.getFigures().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

}
