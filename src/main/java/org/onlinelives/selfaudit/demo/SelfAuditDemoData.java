package org.onlinelives.selfaudit.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.DemoPartnershipCreated;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditActions;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.CycleDetails;
import org.onlinelives.selfaudit.audit.SelfAudits.StatementInput;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the platform's demo loader has created the fictional partnership, adds two audit
 * cycles: last year's, signed off for every agency with a QA challenge and an action
 * plan; this year's, with five agencies submitted or further on, one in progress and one
 * not started. Scores are fixed per agency so the demo looks the same each time.
 */
@Component
@Profile("demo")
class SelfAuditDemoData {

	private static final Logger log = LoggerFactory.getLogger(SelfAuditDemoData.class);

	private final SelfAudits selfAudits;

	private final AuditQa qa;

	private final AuditActions actions;

	private final AgencyDirectory agencies;

	private final PeopleDirectory users;

	private final Clock clock;

	SelfAuditDemoData(SelfAudits selfAudits, AuditQa qa, AuditActions actions, AgencyDirectory agencies,
			PeopleDirectory users, Clock clock) {
		this.selfAudits = selfAudits;
		this.qa = qa;
		this.actions = actions;
		this.agencies = agencies;
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void partnershipCreated(DemoPartnershipCreated event) {
		long partnershipId = event.partnershipId();
		List<User> people = this.users.peopleOf(partnershipId, null);
		Optional<User> admin = people.stream().filter((user) -> user.hasRole(Role.PARTNERSHIP_ADMIN)).findFirst();
		Optional<User> reviewer = people.stream().filter((user) -> user.hasRole(Role.QA_REVIEWER)).findFirst();
		List<Agency> all = this.agencies.agenciesOf(partnershipId);
		if (admin.isEmpty() || reviewer.isEmpty() || all.size() < 5) {
			log.warn(
					"Self-audit demo data skipped: the demo partnership lacks an administrator, a QA reviewer or five agencies");
			return;
		}
		SignedInUser adminUser = signedIn(admin.get());
		SignedInUser reviewerUser = signedIn(reviewer.get());
		List<Long> agencyIds = all.stream().map(Agency::getId).toList();
		AuditCycle lastYear = this.selfAudits.openCycle(adminUser, new CycleDetails("Self-audit 2025 to 2026",
				LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 19), agencyIds));
		AuditCycle thisYear = this.selfAudits.openCycle(adminUser, new CycleDetails("Self-audit 2026 to 2027",
				LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 18), agencyIds));
		int index = 0;
		for (Agency agency : all) {
			Optional<User> lead = people.stream()
				.filter((user) -> user.hasRole(Role.AGENCY_LEAD) && agency.getId().equals(user.getAgencyId()))
				.findFirst();
			if (lead.isEmpty()) {
				continue;
			}
			SignedInUser leadUser = signedIn(lead.get());
			Random random = new Random(1000L + index);
			// last year: signed off, with one challenge accepted and an action plan
			Audit first = scored(leadUser, lastYear, random, 0);
			this.selfAudits.submit(leadUser, reload(leadUser, first));
			this.qa.challenge(reviewerUser, reload(reviewerUser, first), "1.3",
					"The evidence describes a plan to count cases rather than counts already made.",
					lower(reload(leadUser, first), "1.3"));
			this.qa.acceptChallenge(leadUser, reload(leadUser, first), "1.3");
			this.qa.confirmRemaining(reviewerUser, reload(reviewerUser, first));
			this.qa.agree(reviewerUser, reload(reviewerUser, first));
			this.qa.signOff(reviewerUser, reload(reviewerUser, first));
			plan(reload(leadUser, first), lead.get(), index);
			// this year: agencies at every stage
			if (index < 5) {
				Audit second = scored(leadUser, thisYear, random, 1);
				this.selfAudits.submit(leadUser, reload(leadUser, second));
				if (index < 2) {
					this.qa.confirmRemaining(reviewerUser, reload(reviewerUser, second));
					this.qa.agree(reviewerUser, reload(reviewerUser, second));
					this.qa.signOff(reviewerUser, reload(reviewerUser, second));
				}
				else if (index == 2) {
					this.qa.challenge(reviewerUser, reload(reviewerUser, second), "2.2",
							"Please add the dates of the sessions and how many staff attended.",
							lower(reload(leadUser, second), "2.2"));
				}
			}
			else if (index == 5) {
				this.selfAudits.start(leadUser, thisYear.getId());
			}
			index++;
		}
		log.info("Self-audit demo data: two cycles for {} agencies", index);
	}

	/**
	 * Scores every statement; later cycles lean a little higher, as practice improves.
	 */
	private Audit scored(SignedInUser lead, AuditCycle cycle, Random random, int uplift) {
		Audit audit = this.selfAudits.start(lead, cycle.getId());
		for (FrameworkSection section : this.selfAudits.framework(audit).sections()) {
			Map<String, AuditStatement> current = this.selfAudits.statements(reload(lead, audit));
			List<StatementInput> inputs = new ArrayList<>();
			for (FrameworkStatement statement : section.statements()) {
				int score = Math.min(4, random.nextInt(5) + ((random.nextInt(3) == 0) ? uplift : 0));
				inputs.add(new StatementInput(statement.number(), score, evidence(score),
						(score >= 3) ? "https://intranet.northbrook.example/online-safety/" + statement.number() : null,
						current.get(statement.number()).getVersion()));
			}
			this.selfAudits.saveSection(lead, reload(lead, audit), section.number(), inputs);
		}
		return reload(lead, audit);
	}

	private void plan(Audit audit, User lead, int index) {
		LocalDate today = LocalDate.now(this.clock);
		this.actions.save(AuditAction.add(audit, "1.3",
				"Add an 'online component' field to the referral form and report the count each quarter.", lead.getId(),
				today.minusDays(30 + index), ActionStatus.IN_PROGRESS,
				"Field added to the form; first quarterly count due.", this.clock.instant()));
		this.actions.save(AuditAction.add(audit, null, "Brief the team on the partnership's online safety procedure.",
				lead.getId(), today.minusDays(90), ActionStatus.DONE, "Briefing given at the team meeting.",
				this.clock.instant()));
	}

	/** A score for the reviewer to propose: one lower, or 1 when the agency gave 0. */
	private int lower(Audit audit, String number) {
		Integer score = this.selfAudits.statements(audit).get(number).getScore();
		return (score == null || score == 0) ? 1 : score - 1;
	}

	private static String evidence(int score) {
		return switch (score) {
			case 0 -> "We have not started on this yet.";
			case 1 -> "Discussed at a team meeting; nothing written down yet.";
			case 2 -> "Happens in some teams; a case file sample found it in about half of cases.";
			case 3 -> "Written into our procedure; a case file audit found it in most cases.";
			default -> "Embedded: procedure, training records and a case file audit all show it consistently.";
		};
	}

	private Audit reload(SignedInUser user, Audit audit) {
		return this.selfAudits.viewable(user, audit.getId());
	}

	private static SignedInUser signedIn(User user) {
		return new SignedInUser(user, false, false);
	}

}
