package org.onlinelives.durability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.durability.Http.Timed;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestData.UserWithSecret;
import org.onlinelives.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 item 11: eight writers, a hundred rounds each, on one assessment (through the
 * API) and on one audit section (through its page), every writer saving from what it last
 * read. Every write must either land or be refused as stale; none may silently overwrite
 * another. A lost update would show as two accepted writes made from the same version, or
 * as fewer version steps than accepted writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestData.class, TestDatabaseConfiguration.class })
abstract class LostUpdateScenarios {

	static final int WRITERS = 8;

	static final int ROUNDS = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentWritersToOneAssessmentEitherLandOrAreRefusedAsStale() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User lead = this.data.user(partnership, agency, Role.AGENCY_LEAD);
		String base = "http://localhost:" + this.port;
		Http setUp = Http.api(base, this.tokens.issue(new SignedInUser(lead, false, false), "Set up").secret());
		long person = id(setUp.json("POST", "/api/v1/young-people", "{\"caseReference\":\"RACE-" + TestData.unique()
				+ "\",\"age\":15,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}"));
		Timed started = setUp.json("POST", "/api/v1/young-people/" + person + "/assessments", "{}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String path = "/api/v1/young-people/" + person + "/assessments/" + id(started);
		long initialVersion = JSON.readTree(started.body()).get("version").asLong();

		List<Attempt> attempts = race((writer) -> {
			Http api = Http.api(base,
					this.tokens.issue(new SignedInUser(lead, false, false), "Writer " + writer).secret());
			return (round) -> {
				long read = JSON.readTree(api.get(path).body()).get("version").asLong();
				String note = "writer " + writer + " round " + round;
				Timed put = api.json("PUT", path, "{\"version\":" + read + ",\"offlineNotes\":\"" + note + "\"}");
				if (put.status() == 200) {
					return new Attempt(read, note, true);
				}
				assertThat(put.status()).as(put.body()).isEqualTo(409);
				assertThat(put.body()).contains("changed");
				return new Attempt(read, note, false);
			};
		});

		long finalVersion = JSON.readTree(setUp.get(path).body()).get("version").asLong();
		String finalNotes = this.jdbc.sql("select offline_notes from assessment where id = ?")
			.param(id(started))
			.query(String.class)
			.single();
		report("assessment", attempts, finalVersion - initialVersion);
		assertNoLostUpdate(attempts, initialVersion, finalVersion, finalNotes);
	}

	@Test
	void concurrentWritersToOneAuditSectionEitherLandOrAreRefusedAsStale() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		List<UserWithSecret> leads = new ArrayList<>();
		// one lead per writer and one who reads: a second-factor code signs in once
		for (int writer = 0; writer <= WRITERS; writer++) {
			leads.add(this.data.userWithSecondFactor(partnership, agency, Role.AGENCY_LEAD));
		}
		AuditCycle cycle = this.selfAudits.openCycle(new SignedInUser(admin, false, false),
				new SelfAudits.CycleDetails("Race " + TestData.unique(), java.time.LocalDate.of(2026, 4, 1),
						java.time.LocalDate.of(2027, 3, 31), java.time.LocalDate.of(2026, 12, 31),
						List.of(agency.getId())));
		Audit audit = this.selfAudits.start(new SignedInUser(leads.get(0).user(), false, false), cycle.getId());
		String base = "http://localhost:" + this.port;
		String path = "/audits/" + audit.getId() + "/sections/1";
		UserWithSecret readerLead = leads.get(WRITERS);
		Http reader = Http.signedIn(base, readerLead.user().getEmail(), TestData.PASSWORD, readerLead.secret());
		long initialVersion = Section.of(reader.get(path)).versions().get(0);

		List<Attempt> attempts = race((writer) -> {
			UserWithSecret lead = leads.get(writer);
			Http pages = Http.signedIn(base, lead.user().getEmail(), TestData.PASSWORD, lead.secret());
			return (round) -> {
				Section read = Section.of(pages.get(path));
				String evidence = "writer " + writer + " round " + round;
				Map<String, String> fields = new HashMap<>();
				for (int i = 0; i < 6; i++) {
					String prefix = "statements[" + i + "].";
					fields.put(prefix + "number", read.numbers().get(i));
					fields.put(prefix + "version", String.valueOf(read.versions().get(i)));
					fields.put(prefix + "score", String.valueOf((writer + round + i) % 5));
					fields.put(prefix + "evidence", evidence);
					fields.put(prefix + "links", "");
				}
				Timed saved = pages.form(path, fields);
				if (saved.status() == 302) {
					assertThat(saved.location()).endsWith(path);
					return new Attempt(read.versions().get(0), evidence, true);
				}
				assertThat(saved.status()).as(saved.call()).isEqualTo(200);
				Document page = Jsoup.parse(saved.body());
				assertThat(page.select(".govuk-error-summary").text()).contains("while you were working")
					.contains("Nothing on this page was saved");
				return new Attempt(read.versions().get(0), evidence, false);
			};
		});

		Section finalState = Section.of(reader.get(path));
		assertThat(Set.copyOf(finalState.evidence())).as("a section is saved all or none").hasSize(1);
		report("audit section", attempts, finalState.versions().get(0) - initialVersion);
		assertNoLostUpdate(attempts, initialVersion, finalState.versions().get(0), finalState.evidence().get(0));
	}

	private static void assertNoLostUpdate(List<Attempt> attempts, long initialVersion, long finalVersion,
			String finalValue) {
		assertThat(attempts).hasSize(WRITERS * ROUNDS);
		List<Attempt> accepted = attempts.stream().filter(Attempt::accepted).toList();
		assertThat(accepted).as("some writes land").isNotEmpty();
		assertThat(attempts).as("some writes race and are refused").anyMatch((attempt) -> !attempt.accepted());
		Set<Long> bases = new HashSet<>();
		for (Attempt attempt : accepted) {
			assertThat(bases.add(attempt.readVersion()))
				.as("two writes were accepted from version %d: one overwrote the other", attempt.readVersion())
				.isTrue();
		}
		assertThat(finalVersion - initialVersion).as("one version step per accepted write").isEqualTo(accepted.size());
		assertThat(accepted).as("the value saved is the last accepted write's")
			.filteredOn((attempt) -> attempt.readVersion() == finalVersion - 1)
			.extracting(Attempt::value)
			.containsExactly(finalValue);
	}

	private static void report(String what, List<Attempt> attempts, long versionSteps) {
		long accepted = attempts.stream().filter(Attempt::accepted).count();
		System.out.printf(
				"Lost-update test (%s): %d writers x %d rounds = %d writes, %d landed, %d refused as stale, "
						+ "%d version steps, 0 lost%n",
				what, WRITERS, ROUNDS, attempts.size(), accepted, attempts.size() - accepted, versionSteps);
	}

	private static List<Attempt> race(WriterFactory factory) throws Exception {
		List<Writer> writers = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			writers.add(factory.writer(writer));
		}
		List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
		ExecutorService executor = Executors.newFixedThreadPool(WRITERS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> running = new ArrayList<>();
			for (Writer writer : writers) {
				running.add(executor.submit((Callable<Void>) () -> {
					start.await();
					for (int round = 1; round <= ROUNDS; round++) {
						attempts.add(writer.write(round));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> each : running) {
				each.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		return attempts;
	}

	private static long id(Timed answer) {
		return JSON.readTree(answer.body()).get("id").asLong();
	}

	interface WriterFactory {

		Writer writer(int writer) throws Exception;

	}

	interface Writer {

		Attempt write(int round) throws Exception;

	}

	record Attempt(long readVersion, String value, boolean accepted) {
	}

	record Section(List<String> numbers, List<Long> versions, List<String> evidence) {

		static Section of(Timed page) {
			assertThat(page.status()).as(page.call()).isEqualTo(200);
			Document form = Jsoup.parse(page.body());
			List<String> numbers = new ArrayList<>();
			List<Long> versions = new ArrayList<>();
			List<String> evidence = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String prefix = "statements[" + i + "].";
				numbers.add(form.select("input[name=" + prefix + "number]").attr("value"));
				versions.add(Long.parseLong(form.select("input[name=" + prefix + "version]").attr("value")));
				evidence.add(form.select("textarea[name=" + prefix + "evidence]").text());
			}
			return new Section(numbers, versions, evidence);
		}

	}

}
