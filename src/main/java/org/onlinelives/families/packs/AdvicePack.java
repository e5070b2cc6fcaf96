package org.onlinelives.families.packs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.directory.HelpRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An advice pack for one topic: plain-English advice for a family and the directory
 * entries that help with it. Its public slug is fixed when it is made, so a printed
 * pack's web address keeps working when the title changes.
 */
@Table("advice_pack")
public class AdvicePack {

	public static final int MAX_TITLE = 120;

	public static final int MAX_INTRO = 300;

	public static final int MAX_ADVICE = 3000;

	/**
	 * A pack a family can take in: a handful of places to turn, not the whole directory.
	 */
	public static final int MAX_ENTRIES = 12;

	@Id
	private Long id;

	private Long partnershipId;

	private String title;

	private String intro;

	private String advice;

	private String publicSlug;

	private Instant updatedAt;

	@MappedCollection(idColumn = "advice_pack_id", keyColumn = "sort_order")
	private List<PackEntry> entries;

	@Version
	private Long version;

	@PersistenceCreator
	AdvicePack(Long id, Long partnershipId, String title, String intro, String advice, String publicSlug,
			Instant updatedAt, List<PackEntry> entries, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.title = title;
		this.intro = intro;
		this.advice = advice;
		this.publicSlug = publicSlug;
		this.updatedAt = updatedAt;
		this.entries = (entries != null) ? new ArrayList<>(entries) : new ArrayList<>();
		this.version = version;
	}

	/**
	 * Makes a pack.
	 * @param available the partnership's directory entries, by id, that the pack may name
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 */
	static AdvicePack create(long partnershipId, PackDetails details, Map<Long, HelpEntry> available, String slug,
			Clock clock) {
		AdvicePack pack = new AdvicePack(null, partnershipId, null, null, null, slug, null, List.of(), null);
		pack.change(details, available, clock);
		return pack;
	}

	/**
	 * Changes the pack's title, advice and entries.
	 * @param available the partnership's directory entries, by id, that the pack may name
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 */
	void change(PackDetails details, Map<Long, HelpEntry> available, Clock clock) {
		HelpRuleException.throwIfAny(problemsWith(details, available));
		this.title = details.title().strip();
		this.intro = (details.intro() == null || details.intro().isBlank()) ? null : details.intro().strip();
		this.advice = details.advice().strip().replace("\r\n", "\n");
		this.entries = new ArrayList<>(details.entryIds().stream().distinct().map(PackEntry::new).toList());
		this.updatedAt = clock.instant();
	}

	/**
	 * Every rule the details break, in the order of the form's fields. The public page
	 * names no member of staff, so a pack lists only services for young people or for
	 * parents and carers, never contacts kept for professionals.
	 */
	static List<HelpRuleException.Problem> problemsWith(PackDetails details, Map<Long, HelpEntry> available) {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		String cleanTitle = (details.title() != null) ? details.title().strip() : "";
		if (cleanTitle.isEmpty()) {
			problems.add(new HelpRuleException.Problem("title", "pack.title.required"));
		}
		else if (cleanTitle.length() > MAX_TITLE) {
			problems.add(new HelpRuleException.Problem("title", "pack.title.tooLong"));
		}
		if (details.intro() != null && details.intro().strip().length() > MAX_INTRO) {
			problems.add(new HelpRuleException.Problem("intro", "pack.intro.tooLong"));
		}
		String cleanAdvice = (details.advice() != null) ? details.advice().strip().replace("\r\n", "\n") : "";
		if (cleanAdvice.isEmpty()) {
			problems.add(new HelpRuleException.Problem("advice", "pack.advice.required"));
		}
		else if (cleanAdvice.length() > MAX_ADVICE) {
			problems.add(new HelpRuleException.Problem("advice", "pack.advice.tooLong"));
		}
		List<Long> ids = details.entryIds().stream().distinct().toList();
		if (ids.isEmpty()) {
			problems.add(new HelpRuleException.Problem("entryIds", "pack.entries.required"));
		}
		else if (ids.size() > MAX_ENTRIES) {
			problems.add(new HelpRuleException.Problem("entryIds", "pack.entries.tooMany"));
		}
		else if (!ids.stream().allMatch(available::containsKey)) {
			problems.add(new HelpRuleException.Problem("entryIds", "pack.entries.unknown"));
		}
		else if (!ids.stream().map(available::get).allMatch(HelpEntry::isForFamilies)) {
			problems.add(new HelpRuleException.Problem("entryIds", "pack.entries.professionalsOnly"));
		}
		return problems;
	}

	/** The pack's entries' ids, in order. */
	public List<Long> entryIds() {
		return this.entries.stream().map(PackEntry::directoryEntryId).toList();
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

	public String getIntro() {
		return this.intro;
	}

	public String getAdvice() {
		return this.advice;
	}

	public String getPublicSlug() {
		return this.publicSlug;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
