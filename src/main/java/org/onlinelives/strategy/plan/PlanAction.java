package org.onlinelives.strategy.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action in the partnership's online-safety plan, under one of the four strategic
 * priorities: who owns it, who leads it, when it is due, where it stands and how it is
 * rated, with dated progress notes that are only ever added to.
 */
@Table("plan_action")
public class PlanAction {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 2000;

	public static final int MAX_NOTE = 2000;

	private static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);

	private static final LocalDate LATEST_DUE = LocalDate.of(2100, 12, 31);

	/** A dated note of progress and the status and rating it left the action with. */
	@Table("plan_progress_note")
	public record ProgressNote(Instant writtenAt, Long writtenBy, String note, PlanStatus status, Rag rag) {
	}

	/** A recommendation the action helps deliver. */
	@Table("plan_action_recommendation")
	record LinkedRecommendation(Recommendation recommendation) {
	}

	@Id
	private Long id;

	private Long partnershipId;

	private StrategicPriority priority;

	private String title;

	private String description;

	private Long ownerAgencyId;

	private Long leadUserId;

	private LocalDate dueDate;

	private PlanStatus status;

	private Rag rag;

	@MappedCollection(idColumn = "plan_action_id", keyColumn = "note_index")
	private List<ProgressNote> notes;

	@MappedCollection(idColumn = "plan_action_id")
	private Set<LinkedRecommendation> recommendations;

	private Long createdBy;

	private Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	PlanAction(Long id, Long partnershipId, StrategicPriority priority, String title, String description,
			Long ownerAgencyId, Long leadUserId, LocalDate dueDate, PlanStatus status, Rag rag,
			List<ProgressNote> notes, Set<LinkedRecommendation> recommendations, Long createdBy, Instant createdAt,
			Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.priority = priority;
		this.title = title;
		this.description = description;
		this.ownerAgencyId = ownerAgencyId;
		this.leadUserId = leadUserId;
		this.dueDate = dueDate;
		this.status = status;
		this.rag = rag;
		this.notes = (notes != null) ? new ArrayList<>(notes) : new ArrayList<>();
		this.recommendations = (recommendations != null) ? recommendations : Set.of();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	/**
	 * What an administrator says about an action.
	 *
	 * @param ownerAgencyId the agency that owns it, or null when the partnership board
	 * owns it
	 * @param leadUserId the person leading it, or null until one is named
	 */
	public record Details(StrategicPriority priority, String title, String description, Long ownerAgencyId,
			Long leadUserId, LocalDate dueDate, Collection<Recommendation> recommendations) {
	}

	/**
	 * Adds an action to the plan, not started and rated green.
	 * @throws StrategyRuleException when a detail breaks a rule, naming the field
	 */
	public static PlanAction create(Long partnershipId, Details details, Long creator, Instant now) {
		PlanAction action = new PlanAction(null, partnershipId, null, null, null, null, null, null,
				PlanStatus.NOT_STARTED, Rag.GREEN, List.of(), Set.of(), creator, now, null);
		action.change(details);
		return action;
	}

	/**
	 * Changes what the action is, who owns and leads it and when it is due. Its status
	 * and rating change only with a progress note.
	 * @throws StrategyRuleException when a detail breaks a rule, naming the field
	 */
	public void change(Details details) {
		StrategyRuleException.throwIfAny(problemsWith(details));
		this.priority = details.priority();
		this.title = details.title().strip();
		this.description = (details.description() == null || details.description().isBlank()) ? null
				: details.description().strip();
		this.ownerAgencyId = details.ownerAgencyId();
		this.leadUserId = details.leadUserId();
		this.dueDate = details.dueDate();
		this.recommendations = (details.recommendations() == null) ? Set.of()
				: details.recommendations().stream().map(LinkedRecommendation::new).collect(Collectors.toSet());
	}

	/** Every rule the details break, in the order of the form's fields. */
	public static List<StrategyRuleException.Problem> problemsWith(Details details) {
		List<StrategyRuleException.Problem> problems = new ArrayList<>();
		if (details.priority() == null) {
			problems.add(new StrategyRuleException.Problem("priority", "strategy.action.priority.required"));
		}
		String cleanTitle = (details.title() != null) ? details.title().strip() : "";
		if (cleanTitle.isEmpty()) {
			problems.add(new StrategyRuleException.Problem("title", "strategy.action.title.required"));
		}
		else if (cleanTitle.length() > MAX_TITLE) {
			problems.add(new StrategyRuleException.Problem("title", "strategy.action.title.tooLong"));
		}
		if (details.description() != null && details.description().strip().length() > MAX_DESCRIPTION) {
			problems.add(new StrategyRuleException.Problem("description", "strategy.action.description.tooLong"));
		}
		if (details.dueDate() == null) {
			problems.add(new StrategyRuleException.Problem("dueDate", "strategy.action.due.required"));
		}
		else if (details.dueDate().isBefore(EARLIEST_DUE) || details.dueDate().isAfter(LATEST_DUE)) {
			problems.add(new StrategyRuleException.Problem("dueDate", "strategy.action.due.range"));
		}
		return problems;
	}

	/**
	 * Adds a dated note of progress and sets the status and rating it leaves the action
	 * with. A done action keeps its last judgement, and is shown as complete.
	 * @throws StrategyRuleException when the note is missing or too long, the status is
	 * missing, or an open action has no red, amber or green judgement
	 */
	public void recordProgress(String note, PlanStatus newStatus, Rag judged, Long writer, Instant now) {
		List<StrategyRuleException.Problem> problems = new ArrayList<>();
		String clean = (note != null) ? note.strip() : "";
		if (clean.isEmpty()) {
			problems.add(new StrategyRuleException.Problem("note", "strategy.progress.note.required"));
		}
		else if (clean.length() > MAX_NOTE) {
			problems.add(new StrategyRuleException.Problem("note", "strategy.progress.note.tooLong"));
		}
		if (newStatus == null) {
			problems.add(new StrategyRuleException.Problem("status", "strategy.progress.status.required"));
		}
		else if (newStatus.isOpen() && (judged == null || !judged.isJudgement())) {
			problems.add(new StrategyRuleException.Problem("rag", "strategy.progress.rag.required"));
		}
		StrategyRuleException.throwIfAny(problems);
		this.status = newStatus;
		if (judged != null && judged.isJudgement()) {
			this.rag = judged;
		}
		this.notes.add(new ProgressNote(now, writer, clean, this.status, this.rag));
	}

	/** The rating to show today (see {@link Rag#shown}). */
	public Rag shownRag(LocalDate today) {
		return Rag.shown(this.status, this.rag, this.dueDate, today);
	}

	public boolean isOverdue(LocalDate today) {
		return this.status.isOpen() && this.dueDate.isBefore(today);
	}

	public boolean answers(Recommendation recommendation) {
		return this.recommendations.stream().anyMatch((linked) -> linked.recommendation() == recommendation);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public StrategicPriority getPriority() {
		return this.priority;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getOwnerAgencyId() {
		return this.ownerAgencyId;
	}

	public Long getLeadUserId() {
		return this.leadUserId;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	/** The lead's latest red, amber or green judgement. */
	public Rag getRag() {
		return this.rag;
	}

	/** Progress notes, newest first. */
	public List<ProgressNote> getNotes() {
		List<ProgressNote> newestFirst = new ArrayList<>(this.notes);
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	/** The latest note, or null when there is none. */
	public ProgressNote latestNote() {
		return this.notes.isEmpty() ? null : this.notes.get(this.notes.size() - 1);
	}

	/** The recommendations it helps deliver, in catalogue order. */
	public Set<Recommendation> getRecommendations() {
		Set<Recommendation> set = EnumSet.noneOf(Recommendation.class);
		this.recommendations.forEach((linked) -> set.add(linked.recommendation()));
		return set;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
