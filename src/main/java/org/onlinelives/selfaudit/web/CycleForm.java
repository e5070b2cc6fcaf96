package org.onlinelives.selfaudit.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onlinelives.selfaudit.audit.SelfAudits.CycleDetails;
import org.springframework.format.annotation.DateTimeFormat;

record CycleForm(
		@NotBlank(message = "{selfaudit.cycle.name.required}") @Size(max = 200,
				message = "{selfaudit.cycle.name.required}") String name,
		@NotNull(message = "{selfaudit.cycle.periodStart.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
		@NotNull(message = "{selfaudit.cycle.periodEnd.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
		@NotNull(message = "{selfaudit.cycle.deadline.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
		@NotEmpty(message = "{selfaudit.cycle.agencies.required}") List<Long> agencyIds) {

	static CycleForm empty() {
		return new CycleForm("", null, null, null, List.of());
	}

	CycleDetails details() {
		return new CycleDetails(this.name, this.periodStart, this.periodEnd, this.deadline, this.agencyIds);
	}

}
