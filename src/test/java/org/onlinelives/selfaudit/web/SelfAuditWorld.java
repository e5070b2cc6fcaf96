package org.onlinelives.selfaudit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.CycleDetails;
import org.onlinelives.selfaudit.audit.SelfAudits.StatementInput;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.support.TestData;

/**
 * A partnership with agencies, people in every role, and helpers that drive audits
 * through the services to any stage, so web tests start where they need to.
 */
public class SelfAuditWorld {

	public final Partnership partnership;

	public final Agency agency;

	public final Agency otherAgency;

	public final User admin;

	public final User lead;

	public final User practitioner;

	public final User reviewer;

	public final User analyst;

	public final User otherLead;

	public final User otherPartnershipAdmin;

	private final SelfAudits selfAudits;

	private final AuditQa qa;

	public SelfAuditWorld(TestData data, SelfAudits selfAudits, AuditQa qa) {
		this.selfAudits = selfAudits;
		this.qa = qa;
		this.partnership = data.partnership();
		this.agency = data.agency(this.partnership);
		this.otherAgency = data.agency(this.partnership);
		this.admin = data.user(this.partnership, null, Role.PARTNERSHIP_ADMIN);
		this.lead = data.user(this.partnership, this.agency, Role.AGENCY_LEAD);
		this.practitioner = data.user(this.partnership, this.agency, Role.PRACTITIONER);
		this.reviewer = data.user(this.partnership, null, Role.QA_REVIEWER);
		this.analyst = data.user(this.partnership, null, Role.ANALYST);
		this.otherLead = data.user(this.partnership, this.otherAgency, Role.AGENCY_LEAD);
		this.otherPartnershipAdmin = data.user(data.partnership(), null, Role.PARTNERSHIP_ADMIN);
	}

	public static SignedInUser signedIn(User user) {
		return new SignedInUser(user, false, false);
	}

	public AuditCycle cycle(String name, Agency... agencies) {
		return this.selfAudits.openCycle(signedIn(this.admin),
				new CycleDetails(name + " " + TestData.unique(), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
						LocalDate.of(2026, 12, 31), java.util.Arrays.stream(agencies).map(Agency::getId).toList()));
	}

	public Audit started(AuditCycle cycle, User lead) {
		return this.selfAudits.start(signedIn(lead), cycle.getId());
	}

	public Audit started() {
		return started(cycle("Cycle", this.agency, this.otherAgency), this.lead);
	}

	/**
	 * Scores every statement: the score for statement n (0 to 35) is given by the
	 * function.
	 */
	public Audit scored(Audit audit, User lead, IntUnaryOperator scoreForIndex) {
		SignedInUser signedIn = signedIn(lead);
		int index = 0;
		for (FrameworkSection section : this.selfAudits.framework(audit).sections()) {
			Map<String, AuditStatement> current = this.selfAudits.statements(audit);
			List<StatementInput> inputs = new java.util.ArrayList<>();
			for (var statement : section.statements()) {
				inputs.add(new StatementInput(statement.number(), scoreForIndex.applyAsInt(index++),
						"Evidence for " + statement.number(), null, current.get(statement.number()).getVersion()));
			}
			this.selfAudits.saveSection(signedIn, reload(audit, lead), section.number(), inputs);
		}
		return reload(audit, lead);
	}

	public Audit submitted() {
		Audit audit = scored(started(), this.lead, (i) -> i % 5);
		this.selfAudits.submit(signedIn(this.lead), audit);
		return reload(audit, this.lead);
	}

	public Audit submitted(AuditCycle cycle, User lead, IntUnaryOperator scores) {
		Audit audit = scored(started(cycle, lead), lead, scores);
		this.selfAudits.submit(signedIn(lead), audit);
		return reload(audit, lead);
	}

	/** Reviewed, every score confirmed and agreed. */
	public Audit agreed(Audit submitted) {
		this.qa.confirmRemaining(signedIn(this.reviewer), reload(submitted, this.reviewer));
		this.qa.agree(signedIn(this.reviewer), reload(submitted, this.reviewer));
		return reload(submitted, this.reviewer);
	}

	public Audit signedOff(Audit submitted) {
		Audit agreed = agreed(submitted);
		this.qa.signOff(signedIn(this.reviewer), agreed);
		return reload(submitted, this.reviewer);
	}

	public Audit reload(Audit audit, User as) {
		return this.selfAudits.viewable(signedIn(as), audit.getId());
	}

	public Map<String, AuditStatement> statements(Audit audit) {
		return this.selfAudits.statements(audit);
	}

}
