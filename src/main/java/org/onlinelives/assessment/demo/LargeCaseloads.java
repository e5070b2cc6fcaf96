package org.onlinelives.assessment.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.assessments.RecordedFlag;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.catalogue.AnswerOption;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.catalogue.Scenario;
import org.onlinelives.assessment.catalogue.ScenarioGroup;
import org.onlinelives.assessment.catalogue.TenC;
import org.onlinelives.assessment.catalogue.VulnerabilityFactor;
import org.onlinelives.assessment.rules.AssessmentRules;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ImageSharingAnswers;
import org.onlinelives.assessment.rules.ThresholdLevel;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.platform.organisation.LargePartnershipCreated;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Large-partnership profile: young people and their assessment versions for every agency
 * of the generated partnership, in proportion to its practitioners. Each version is built
 * through the {@link Assessment} aggregate and completed with what the rules engine
 * raises, so flags and prompts are the ones the application would have raised; rows go in
 * with batch inserts. Ages, factors, scenarios by C and concerns follow rough, invented
 * distributions (most assessments find a few factors and one or two scenarios; serious
 * concerns are rare). Older versions' prompts are answered; the latest version leaves
 * some open, so caseloads and home pages have urgent work.
 */
@Component
@Profile("large-partnership")
class LargeCaseloads {

	private static final Logger log = LoggerFactory.getLogger(LargeCaseloads.class);

	private static final int CHUNK = 500;

	private static final Map<RiskCategory, Integer> SCENARIO_PERCENT = Map.of(RiskCategory.CONTACT, 35,
			RiskCategory.CONDUCT, 30, RiskCategory.CONTENT, 25, RiskCategory.COMMERCE, 8, RiskCategory.COMMUNITIES, 12);

	private static final String[] PLATFORMS = { "A photo-sharing app", "An online game", "A voice chat app",
			"A video-sharing site", "A messaging app", "A live-streaming app" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Catalogue catalogue;

	private final AssessmentRules rules;

	private final Clock clock;

	LargeCaseloads(JdbcTemplate jdbc, TransactionTemplate transactions, Catalogue catalogue, AssessmentRules rules,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.catalogue = catalogue;
		this.rules = rules;
		this.clock = clock;
	}

	private record Practitioner(long id, long agencyId, String name) {
	}

	@EventListener
	void on(LargePartnershipCreated event) {
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(event.seed() ^ 0x5EEDCA5EL);
		List<Practitioner> practitioners = this.jdbc.query("""
				select u.id, u.agency_id, u.display_name from app_user u join user_role r on r.user_id = u.id
				where u.partnership_id = ? and u.agency_id is not null and r.role = 'PRACTITIONER'
				order by u.id""", (rs, n) -> new Practitioner(rs.getLong(1), rs.getLong(2), rs.getString(3)),
				event.partnershipId());
		if (practitioners.isEmpty() || event.youngPeople() <= 0) {
			return;
		}
		Instant now = this.clock.instant();
		int years = Math.max(1, event.auditYears());
		int[] versions = versionsPerPerson(event.youngPeople(), event.assessmentVersions(), random);
		int written = 0;
		long assessmentsWritten = 0;
		for (int from = 0; from < event.youngPeople(); from += CHUNK) {
			int to = Math.min(event.youngPeople(), from + CHUNK);
			List<Object[]> people = new ArrayList<>();
			List<Practitioner> workers = new ArrayList<>();
			List<Instant> firstSeen = new ArrayList<>();
			for (int i = from; i < to; i++) {
				Practitioner worker = practitioners.get(random.nextInt(practitioners.size()));
				Instant created = now.minus(Duration.ofDays(recentDays(random, 365 * years)));
				workers.add(worker);
				firstSeen.add(created);
				people.add(youngPerson(event.partnershipId(), worker.agencyId(), "WM-" + String.format("%06d", i + 1),
						created, random));
			}
			long partnershipId = event.partnershipId();
			int offset = written;
			String first = (String) people.get(0)[2];
			String last = (String) people.get(people.size() - 1)[2];
			long assessments = this.transactions.execute((status) -> {
				this.jdbc.batchUpdate("""
						insert into young_person (partnership_id, agency_id, case_reference, age, gender,
						    online_component, platforms, referral_source, created_at, updated_at, fact_key, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", people);
				Map<String, Long> ids = new HashMap<>();
				this.jdbc.query("""
						select id, case_reference from young_person
						where partnership_id = ? and case_reference between ? and ?""", (rs) -> {
					ids.put(rs.getString(2), rs.getLong(1));
				}, partnershipId, first, last);
				List<Object[]> assignments = new ArrayList<>();
				List<Assessment> built = new ArrayList<>();
				for (int k = 0; k < people.size(); k++) {
					Practitioner worker = workers.get(k);
					long id = ids.get((String) people.get(k)[2]);
					assignments.add(new Object[] { id, worker.id() });
					built.addAll(history(partnershipId, worker, id, (Integer) people.get(k)[3], versions[offset + k],
							firstSeen.get(k), now, random));
				}
				this.jdbc.batchUpdate("insert into young_person_practitioner (young_person_id, user_id) values (?, ?)",
						assignments);
				insert(partnershipId, first, last, built);
				return (long) built.size();
			});
			written += people.size();
			assessmentsWritten += assessments;
			if (written % Math.max(CHUNK, event.youngPeople() / 20 / CHUNK * CHUNK) == 0
					|| written == event.youngPeople()) {
				log.info("Large partnership: {} of {} young people and {} assessment versions written", written,
						event.youngPeople(), assessmentsWritten);
			}
		}
		// The caseload sort reads these counts (V70); count them once for the whole set,
		// grouped in one
		// pass (a correlated count per young person ran for hours on PostgreSQL before
		// its statistics
		// caught up with the freshly loaded tables).
		List<Object[]> open = this.jdbc.query("""
				select a.young_person_id,
				       sum(case when p.urgency = 'URGENT' then 1 else 0 end), count(*)
				from assessment_prompt p join assessment a on a.id = p.assessment_id
				where a.partnership_id = ? and p.answer is null
				group by a.young_person_id""", (rs, row) -> new Object[] { rs.getInt(2), rs.getInt(3), rs.getLong(1) },
				event.partnershipId());
		for (int from = 0; from < open.size(); from += CHUNK) {
			this.jdbc.batchUpdate("update young_person set open_urgent_prompts = ?, open_prompts = ? where id = ?",
					open.subList(from, Math.min(open.size(), from + CHUNK)));
		}
		log.info("Large partnership: young people and assessments done in {} s",
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/**
	 * Writes the versions as the aggregate's mapping would, but in JDBC batches: one
	 * batch for the versions, then one each for their 10 Cs, flags and prompts.
	 */
	private void insert(long partnershipId, String first, String last, List<Assessment> built) {
		List<Object[]> rows = new ArrayList<>();
		for (Assessment a : built) {
			ConcernFlags c = a.concerns();
			rows.add(new Object[] { a.getPartnershipId(), a.getAgencyId(), a.getYoungPersonId(), a.getSequenceNumber(),
					a.getCatalogueVersion(), a.getStatus().name(), a.getStartedBy(), timestamp(a.getStartedAt()),
					a.getCompletedBy(), a.getCompletedByName(), timestamp(a.getCompletedAt()),
					join(a.vulnerabilityFactorCodes()), join(a.scenarioCodes()), join(a.whySharedCodes()),
					join(a.whatHappenedAfterCodes()), join(a.offlineAdversityCodes()), a.getOfflineNotes(),
					join(c.raised().stream().map(Enum::name).collect(Collectors.toSet())),
					join(c.bullying().stream().map(Enum::name).collect(Collectors.toSet())),
					join(c.grooming().stream().map(Enum::name).collect(Collectors.toSet())),
					(c.threshold() != null) ? c.threshold().name() : null });
		}
		this.jdbc.batchUpdate("""
				insert into assessment (partnership_id, agency_id, young_person_id, sequence_number, catalogue_version,
				    status, started_by, started_at, completed_by, completed_by_name, completed_at,
				    vulnerability_factors, scenarios, why_shared, what_happened_after, offline_adversities,
				    offline_notes, concern_codes, bullying, grooming_indicators, threshold_level, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query("""
				select a.id, a.young_person_id, a.sequence_number from assessment a
				join young_person yp on yp.id = a.young_person_id
				where yp.partnership_id = ? and yp.case_reference between ? and ?""", (rs) -> {
			ids.put(rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(1));
		}, partnershipId, first, last);
		List<Object[]> tenCs = new ArrayList<>();
		List<Object[]> flags = new ArrayList<>();
		List<Object[]> prompts = new ArrayList<>();
		for (Assessment a : built) {
			long id = ids.get(a.getYoungPersonId() + "/" + a.getSequenceNumber());
			a.tenCs()
				.forEach((code, e) -> tenCs.add(new Object[] { id, code, e.strengths(), e.vulnerabilities(), e.rating(),
						e.youngPersonView(), e.parentView() }));
			for (int i = 0; i < a.flags().size(); i++) {
				RecordedFlag f = a.flags().get(i);
				flags.add(new Object[] { id, i, f.code(), f.reason(), f.sourceSeed(), f.sourceSection() });
			}
			for (int i = 0; i < a.prompts().size(); i++) {
				RecordedPrompt p = a.prompts().get(i);
				prompts.add(new Object[] { id, i, p.code(), p.urgency().name(), p.reason(),
						(p.answer() != null) ? p.answer().name() : null, p.answerNote(),
						(p.answeredOn() != null) ? java.sql.Date.valueOf(p.answeredOn()) : null, p.answeredBy(),
						p.answeredByName(), timestamp(p.answeredAt()) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into assessment_ten_c (assessment_id, ten_c, strengths, vulnerabilities, rating,
				    young_person_view, parent_view) values (?, ?, ?, ?, ?, ?, ?)""", tenCs);
		this.jdbc.batchUpdate("""
				insert into assessment_flag (assessment_id, list_index, code, reason, source_seed, source_section)
				values (?, ?, ?, ?, ?, ?)""", flags);
		this.jdbc.batchUpdate("""
				insert into assessment_prompt (assessment_id, list_index, code, urgency, reason, answer, answer_note,
				    answered_on, answered_by, answered_by_name, answered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", prompts);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static String join(Set<String> codes) {
		return (codes == null || codes.isEmpty()) ? null : codes.stream().sorted().collect(Collectors.joining(","));
	}

	/**
	 * Splits the versions over the people: everyone has one, the rest go to a minority
	 * (reassessed cases), a few of whom have many.
	 */
	private static int[] versionsPerPerson(int people, int total, SplittableRandom random) {
		int[] versions = new int[people];
		java.util.Arrays.fill(versions, 1);
		int extra = Math.max(0, total - people);
		while (extra > 0) {
			// Squaring the draw favours low indices: the same people are reassessed
			// often.
			double draw = random.nextDouble();
			int person = (int) (draw * draw * people);
			if (versions[person] < 12) {
				versions[person]++;
				extra--;
			}
		}
		return versions;
	}

	// More recent days are likelier: caseloads grow and older records close.
	private static long recentDays(SplittableRandom random, int span) {
		double draw = random.nextDouble();
		return (long) (draw * draw * span);
	}

	private static Object[] youngPerson(long partnershipId, long agencyId, String reference, Instant created,
			SplittableRandom random) {
		// Most referrals are 12 to 16; a few younger children and care leavers up to 18.
		int age = Math.min(18, Math.max(8, (int) Math.round(14 + random.nextGaussian() * 2.2)));
		int genderRoll = random.nextInt(100);
		Gender gender = (genderRoll < 52) ? Gender.GIRL_OR_WOMAN : (genderRoll < 94) ? Gender.BOY_OR_MAN
				: (genderRoll < 97) ? Gender.NON_BINARY : Gender.PREFERS_NOT_TO_SAY;
		ReferralSource source = ReferralSource.values()[random.nextInt(ReferralSource.values().length)];
		String platforms = PLATFORMS[random.nextInt(PLATFORMS.length)];
		if (random.nextInt(3) == 0) {
			platforms = platforms + "\n" + PLATFORMS[random.nextInt(PLATFORMS.length)];
		}
		Timestamp at = Timestamp.from(created);
		// the case-data module's de-identified key, random but repeatable from the seed
		String factKey = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
		return new Object[] { partnershipId, agencyId, reference, age, gender.name(), random.nextInt(10) < 8, platforms,
				source.name(), at, at, factKey };
	}

	private List<Assessment> history(long partnershipId, Practitioner worker, long youngPersonId, int age, int count,
			Instant firstSeen, Instant now, SplittableRandom random) {
		List<Assessment> versions = new ArrayList<>();
		Assessment previous = null;
		long spanSeconds = Math.max(86_400, Duration.between(firstSeen, now).getSeconds());
		for (int v = 1; v <= count; v++) {
			Instant startedAt = firstSeen.plusSeconds(spanSeconds * (v - 1) / count);
			Instant completedAt = startedAt.plus(Duration.ofHours(1 + random.nextInt(72)));
			if (completedAt.isAfter(now)) {
				completedAt = now;
			}
			Clock startClock = Clock.fixed(startedAt, ZoneOffset.UTC);
			Assessment assessment = Assessment.start(partnershipId, worker.agencyId(), youngPersonId, v,
					this.catalogue.version(), previous, worker.id(), startClock);
			answer(assessment, previous == null, random);
			boolean latest = v == count;
			if (latest && random.nextInt(100) < 5) {
				versions.add(assessment);
				break;
			}
			Clock doneClock = Clock.fixed(completedAt, ZoneOffset.UTC);
			assessment.complete(this.rules.evaluate(assessment.facts(this.catalogue, age)), worker.id(), worker.name(),
					doneClock);
			answerPrompts(assessment, latest, worker, completedAt, doneClock, random);
			versions.add(assessment);
			previous = assessment;
		}
		return versions;
	}

	private void answer(Assessment assessment, boolean first, SplittableRandom random) {
		if (!first && random.nextInt(3) != 0) {
			// Most reassessments change only the 10 Cs ratings; the rest are recorded
			// afresh.
			rateTenCs(assessment, random);
			return;
		}
		List<VulnerabilityFactor> factors = this.catalogue.vulnerabilityFactors();
		int factorCount = pick(random, new int[] { 15, 25, 25, 15, 12, 8 });
		assessment.recordVulnerabilityFactors(
				someOf(factors.stream().map(VulnerabilityFactor::code).toList(), factorCount, random));
		Set<String> scenarios = new LinkedHashSet<>();
		for (ScenarioGroup group : this.catalogue.scenarioGroups()) {
			if (random.nextInt(100) < SCENARIO_PERCENT.getOrDefault(group.c(), 10)) {
				scenarios.addAll(
						someOf(group.scenarios().stream().map(Scenario::code).toList(), 1 + random.nextInt(2), random));
			}
		}
		boolean shared = scenarios.contains(ImageSharingAnswers.SHARED_INTIMATE_IMAGE);
		assessment.recordScenarios(scenarios,
				shared ? someOf(codes(this.catalogue.imageSharing().whyShared()), 1, random) : Set.of(),
				shared ? someOf(codes(this.catalogue.imageSharing().whatHappenedAfter()), random.nextInt(2), random)
						: Set.of());
		assessment.recordOfflineContext(
				someOf(this.catalogue.offlineAdversities().stream().map((adversity) -> adversity.code()).toList(),
						pick(random, new int[] { 50, 30, 15, 5 }), random),
				null);
		assessment.recordConcerns((random.nextInt(100) < 25) ? concerns(shared, random) : ConcernFlags.NONE);
		rateTenCs(assessment, random);
	}

	/**
	 * A quarter of assessments record a concern; the rarer ones at roughly the rates a
	 * partnership sees them.
	 */
	private static ConcernFlags concerns(boolean shared, SplittableRandom random) {
		Set<Concern> raised = EnumSet.of(Concern.ANY_CONCERN);
		addSometimes(raised, Concern.IMMEDIATE_RISK, 6, random);
		addSometimes(raised, Concern.SUICIDAL_THOUGHTS_OR_SELF_HARM, 5, random);
		addSometimes(raised, Concern.ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD, 2, random);
		addSometimes(raised, Concern.SOMEONE_WHO_WORKS_WITH_CHILDREN, 2, random);
		addSometimes(raised, Concern.POSSIBLE_CRIME, 15, random);
		addSometimes(raised, Concern.SEXUAL_EXPLOITATION, 2, random);
		addSometimes(raised, Concern.CRIMINAL_EXPLOITATION_OR_GANGS, 2, random);
		if (shared) {
			raised.add(Concern.INTIMATE_IMAGE_SHARED);
			addSometimes(raised, Concern.SEXTORTION, 20, random);
		}
		Set<BullyingRole> bullying = (random.nextInt(100) < 10) ? Set.of(BullyingRole.CHILD_HARMED) : Set.of();
		Set<GroomingIndicator> grooming = EnumSet.noneOf(GroomingIndicator.class);
		if (random.nextInt(100) < 4) {
			grooming.add(GroomingIndicator.ADULT_OR_MUCH_OLDER);
			if (random.nextInt(3) == 0) {
				grooming.add(GroomingIndicator.REQUESTS_FOR_IMAGES);
			}
			if (random.nextInt(6) == 0) {
				grooming.add(GroomingIndicator.MEETING_PROPOSED_OR_ARRANGED);
			}
		}
		ThresholdLevel threshold = ThresholdLevel.values()[pick(random, new int[] { 40, 35, 18, 7 })];
		return new ConcernFlags(raised, bullying, grooming, threshold);
	}

	private static void addSometimes(Set<Concern> raised, Concern concern, int percent, SplittableRandom random) {
		if (random.nextInt(100) < percent) {
			raised.add(concern);
		}
	}

	private void rateTenCs(Assessment assessment, SplittableRandom random) {
		List<TenC> tenCs = this.catalogue.tenCs();
		for (String code : someOf(tenCs.stream().map(TenC::code).toList(), 2 + random.nextInt(3), random)) {
			int rating = 1 + pick(random, new int[] { 15, 30, 30, 17, 8 });
			assessment.recordTenC(code, new TenCEntry(null, (rating >= 4) ? "Worries noted in the conversation" : null,
					rating, null, null));
		}
	}

	private static void answerPrompts(Assessment assessment, boolean latest, Practitioner worker, Instant completedAt,
			Clock doneClock, SplittableRandom random) {
		for (RecordedPrompt prompt : List.copyOf(assessment.prompts())) {
			if (latest && random.nextInt(100) < 40) {
				continue;
			}
			Clock answerClock = Clock.fixed(completedAt.plus(Duration.ofHours(2)), ZoneOffset.UTC);
			if (random.nextInt(100) < 85) {
				assessment.answerPrompt(prompt.code(), PromptAnswer.DONE,
						LocalDate.ofInstant(completedAt, ZoneOffset.UTC), null, worker.id(), worker.name(),
						answerClock);
			}
			else {
				assessment.answerPrompt(prompt.code(), PromptAnswer.NOT_APPLICABLE, null,
						"Already in place through the child's plan", worker.id(), worker.name(), answerClock);
			}
		}
	}

	private static List<String> codes(List<AnswerOption> options) {
		return options.stream().map(AnswerOption::code).toList();
	}

	private static int pick(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static Set<String> someOf(List<String> codes, int count, SplittableRandom random) {
		Set<String> chosen = new LinkedHashSet<>();
		int wanted = Math.min(count, codes.size());
		while (chosen.size() < wanted) {
			chosen.add(codes.get(random.nextInt(codes.size())));
		}
		return chosen;
	}

}
