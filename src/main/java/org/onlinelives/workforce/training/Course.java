package org.onlinelives.workforce.training;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A course in the partnership's catalogue: its level, provider, length, the self-audit
 * statements it supports and how often it must be refreshed.
 */
@Table("training_course")
public class Course {

	public static final int MAX_TITLE = 200;

	public static final int MAX_PROVIDER = 200;

	public static final int MAX_DURATION_MINUTES = 60 * 24 * 10;

	public static final int MAX_REFRESH_MONTHS = 60;

	/** The Dudley evaluation recommends yearly refreshers, not every three years. */
	public static final int DEFAULT_REFRESH_MONTHS = 12;

	/** Statements 1.1 to 6.6 of the self-audit. */
	private static final Pattern STATEMENT = Pattern.compile("[1-6]\\.[1-6]");

	@Id
	private Long id;

	private Long partnershipId;

	private String title;

	private TrainingLevel level;

	private String provider;

	private int durationMinutes;

	private String supportedStatements;

	private int refreshMonths;

	private boolean retired;

	@Version
	private Long version;

	@PersistenceCreator
	Course(Long id, Long partnershipId, String title, TrainingLevel level, String provider, int durationMinutes,
			String supportedStatements, int refreshMonths, boolean retired, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.title = title;
		this.level = level;
		this.provider = provider;
		this.durationMinutes = durationMinutes;
		this.supportedStatements = supportedStatements;
		this.refreshMonths = refreshMonths;
		this.retired = retired;
		this.version = version;
	}

	/** What an administrator says about a course. */
	public record Details(String title, TrainingLevel level, String provider, Integer durationMinutes,
			List<String> supportedStatements, Integer refreshMonths, boolean retired) {
	}

	/**
	 * Adds a course to a partnership's catalogue.
	 * @throws TrainingRuleException when a detail breaks a rule, naming the field
	 */
	public static Course create(Long partnershipId, Details details) {
		Course course = new Course(null, partnershipId, null, null, null, 0, "", DEFAULT_REFRESH_MONTHS, false, null);
		course.change(details);
		return course;
	}

	/**
	 * Changes the course's details.
	 * @throws TrainingRuleException when a detail breaks a rule, naming the field
	 */
	public void change(Details details) {
		TrainingRuleException.throwIfAny(problemsWith(details));
		this.title = details.title().strip();
		this.level = details.level();
		this.provider = details.provider().strip();
		this.durationMinutes = details.durationMinutes();
		List<String> statements = (details.supportedStatements() != null) ? details.supportedStatements() : List.of();
		this.supportedStatements = String.join(",", statements.stream().distinct().sorted().toList());
		this.refreshMonths = (details.refreshMonths() != null) ? details.refreshMonths() : DEFAULT_REFRESH_MONTHS;
		this.retired = details.retired();
	}

	/** Every rule the details break, in the order of the form's fields. */
	public static List<TrainingRuleException.Problem> problemsWith(Details details) {
		List<TrainingRuleException.Problem> problems = new java.util.ArrayList<>();
		String cleanTitle = (details.title() != null) ? details.title().strip() : "";
		if (cleanTitle.isEmpty()) {
			problems.add(new TrainingRuleException.Problem("title", "training.course.title.required"));
		}
		else if (cleanTitle.length() > MAX_TITLE) {
			problems.add(new TrainingRuleException.Problem("title", "training.course.title.tooLong"));
		}
		if (details.level() == null) {
			problems.add(new TrainingRuleException.Problem("level", "training.course.level.required"));
		}
		String cleanProvider = (details.provider() != null) ? details.provider().strip() : "";
		if (cleanProvider.isEmpty()) {
			problems.add(new TrainingRuleException.Problem("provider", "training.course.provider.required"));
		}
		else if (cleanProvider.length() > MAX_PROVIDER) {
			problems.add(new TrainingRuleException.Problem("provider", "training.course.provider.tooLong"));
		}
		if (details.durationMinutes() == null || details.durationMinutes() < 1
				|| details.durationMinutes() > MAX_DURATION_MINUTES) {
			problems.add(new TrainingRuleException.Problem("durationMinutes", "training.course.duration.range"));
		}
		int refresh = (details.refreshMonths() != null) ? details.refreshMonths() : DEFAULT_REFRESH_MONTHS;
		if (refresh < 1 || refresh > MAX_REFRESH_MONTHS) {
			problems.add(new TrainingRuleException.Problem("refreshMonths", "training.course.refresh.range"));
		}
		List<String> statements = (details.supportedStatements() != null) ? details.supportedStatements() : List.of();
		if (!statements.stream().allMatch((number) -> number != null && STATEMENT.matcher(number).matches())) {
			problems
				.add(new TrainingRuleException.Problem("supportedStatements", "training.course.statements.invalid"));
		}
		return problems;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public String getTitle() {
		return this.title;
	}

	public TrainingLevel getLevel() {
		return this.level;
	}

	public String getProvider() {
		return this.provider;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public List<String> getSupportedStatements() {
		return this.supportedStatements.isEmpty() ? List.of() : Arrays.asList(this.supportedStatements.split(","));
	}

	public int getRefreshMonths() {
		return this.refreshMonths;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public Long getVersion() {
		return this.version;
	}

}
