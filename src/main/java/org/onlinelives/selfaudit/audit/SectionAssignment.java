package org.onlinelives.selfaudit.audit;

import org.springframework.data.relational.core.mapping.Table;

/** A section of an audit shared out to a colleague in the same agency. */
@Table("audit_section_assignment")
record SectionAssignment(Integer sectionNumber, Long userId) {
}
