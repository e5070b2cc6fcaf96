package org.onlinelives.casedata.facts;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.assessment.CaseDataQuery.CountedCases;
import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class CaseFactRebuildTests {

	private final CaseDataQuery cases = mock(CaseDataQuery.class);

	private final CaseFacts facts = mock(CaseFacts.class);

	private final CaseFactRebuild rebuild = new CaseFactRebuild(this.cases, this.facts, mock(AccessLog.class));

	private final SignedInUser admin = new SignedInUser(People.person(7L, null, Role.PARTNERSHIP_ADMIN), false, false);

	@Test
	void everyPageIsReadFromWhereTheLastEndedUntilOneComesBackEmpty() {
		CaseSnapshot snapshot = mock(CaseSnapshot.class);
		given(this.cases.countedCases(7L, CountedCases.START, CaseFactRebuild.PAGE))
			.willReturn(new CountedCases(Collections.nCopies(CaseFactRebuild.PAGE, snapshot), 900));
		given(this.cases.countedCases(7L, 900, CaseFactRebuild.PAGE))
			.willReturn(new CountedCases(List.of(snapshot, snapshot, snapshot), 1000));
		given(this.cases.countedCases(7L, 1000, CaseFactRebuild.PAGE)).willReturn(new CountedCases(List.of(), 1000));

		assertThat(this.rebuild.rebuild(this.admin)).isEqualTo(CaseFactRebuild.PAGE + 3);
		verify(this.facts).removeAll(7L);
		verify(this.facts).platformMerges(7L);
		verify(this.facts).keepAll(eq(Collections.nCopies(CaseFactRebuild.PAGE, snapshot)), anyMap());
		verify(this.facts).keepAll(eq(List.of(snapshot, snapshot, snapshot)), anyMap());
	}

	@Test
	void onlyAdministratorsRebuild() {
		SignedInUser analyst = new SignedInUser(People.person(7L, null, Role.ANALYST), false, false);
		assertThatExceptionOfType(org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> this.rebuild.rebuild(analyst));
		verify(this.facts, never()).removeAll(any(Long.class));
	}

}
