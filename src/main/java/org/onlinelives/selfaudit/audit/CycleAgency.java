package org.onlinelives.selfaudit.audit;

import org.springframework.data.relational.core.mapping.Table;

/** An agency chosen for an audit cycle. */
@Table("audit_cycle_agency")
record CycleAgency(Long agencyId) {
}
