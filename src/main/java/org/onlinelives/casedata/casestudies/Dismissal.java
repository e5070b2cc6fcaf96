package org.onlinelives.casedata.casestudies;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The author's record that a finding is not an identifier, and why.
 *
 * @param kind what the finding looked like
 * @param foundText the text found
 * @param reason why it identifies nobody
 * @param dismissedBy who said so
 * @param dismissedAt when
 */
@Table("case_study_dismissal")
public record Dismissal(IdentifierKind kind, String foundText, String reason, Long dismissedBy, Instant dismissedAt) {

	boolean covers(Finding finding) {
		return finding.sameAs(this.kind, this.foundText);
	}

}
