package org.onlinelives.families.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.onlinelives.families.HelpDirectory;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.Signposting;
import org.onlinelives.families.SignpostingNeed;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's help directory. Everyone in the partnership reads it; administrators
 * keep it; each entry's owner is told when its review comes near and records the check.
 * Other modules read it through {@link HelpDirectory}.
 */
@Service
public class Directory implements HelpDirectory {

	private static final String RECORD_TYPE = "directory entry";

	private final DirectoryEntries entries;

	private final PeopleDirectory users;

	private final AccessLog accessLog;

	private final Clock clock;

	Directory(DirectoryEntries entries, PeopleDirectory users, AccessLog accessLog, Clock clock) {
		this.entries = entries;
		this.users = users;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HelpEntry> forServices(long partnershipId, Collection<ServiceKind> kinds) {
		List<ServiceKind> order = List.copyOf(kinds);
		LocalDate today = today();
		return this.entries.findByPartnershipIdOrderByNameAsc(partnershipId)
			.stream()
			.filter((entry) -> order.contains(entry.getKind()))
			.map((entry) -> entry.view(today))
			.sorted(Comparator.comparing((HelpEntry entry) -> order.indexOf(entry.kind())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Signposting forSignposting(long partnershipId, SignpostingNeed need) {
		return new Signposting(need, SignpostingMatch.select(views(partnershipId), need));
	}

	/** The entries families can be pointed to, by name: what an advice pack may list. */
	@Transactional(readOnly = true)
	public List<HelpEntry> forFamilies(long partnershipId) {
		return views(partnershipId).stream().filter(HelpEntry::isForFamilies).toList();
	}

	/** Some entries of a partnership, by id; ids outside it are left out. */
	@Transactional(readOnly = true)
	public Map<Long, HelpEntry> byId(long partnershipId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		LocalDate today = today();
		Map<Long, HelpEntry> found = new HashMap<>();
		this.entries.findByPartnershipIdAndIdIn(partnershipId, ids)
			.forEach((entry) -> found.put(entry.getId(), entry.view(today)));
		return found;
	}

	/** The directory as the person's partnership sees it, narrowed by the filter. */
	@Transactional(readOnly = true)
	public List<EntryView> list(SignedInUser user, DirectoryFilter filter) {
		List<DirectoryEntry> all = this.entries.findByPartnershipIdOrderByNameAsc(user.partnershipId());
		Map<Long, Optional<User>> owners = new HashMap<>();
		return all.stream().map((entry) -> view(user, entry, owners)).filter(filter::admits).toList();
	}

	/** One entry of the person's partnership, or 404. */
	@Transactional(readOnly = true)
	public EntryView find(SignedInUser user, long id) {
		return view(user, load(user, id), new HashMap<>());
	}

	/**
	 * Entries due for review within 30 days or overdue that this person keeps; for an
	 * administrator, also those nobody keeps yet. Soonest first.
	 */
	@Transactional(readOnly = true)
	public List<EntryView> reviewsDueFor(SignedInUser user) {
		LocalDate horizon = today().plusDays(ReviewStatus.DUE_SOON_DAYS);
		Map<Long, Optional<User>> owners = new HashMap<>();
		return this.entries
			.findByPartnershipIdAndReviewDateLessThanEqualOrderByReviewDateAsc(user.partnershipId(), horizon)
			.stream()
			.filter((entry) -> entry.isOwnedBy(user.id())
					|| (entry.getOwnerId() == null && user.hasRole(Role.PARTNERSHIP_ADMIN)))
			.map((entry) -> view(user, entry, owners))
			.toList();
	}

	/**
	 * Adds an entry.
	 * @param ownerEmail the email address of the person in the partnership who will check
	 * it
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 */
	@Transactional
	public EntryView add(SignedInUser admin, EntryDetails details, String ownerEmail) {
		requireAdministrator(admin);
		Long ownerId = checkedOwner(admin, details, ownerEmail);
		DirectoryEntry saved = this.entries
			.save(DirectoryEntry.create(admin.partnershipId(), details, ownerId, this.clock));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, RECORD_TYPE, saved.getId(), "added");
		return view(admin, saved, new HashMap<>());
	}

	/**
	 * Changes an entry.
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 * @throws OptimisticLockingFailureException if someone changed it since
	 * expectedVersion
	 */
	@Transactional
	public void change(SignedInUser admin, long id, EntryDetails details, String ownerEmail, long expectedVersion) {
		requireAdministrator(admin);
		DirectoryEntry entry = load(admin, id);
		Long ownerId = checkedOwner(admin, details, ownerEmail);
		if (!Objects.equals(entry.getVersion(), expectedVersion)) {
			throw new OptimisticLockingFailureException("Entry " + id + " changed since version " + expectedVersion);
		}
		entry.change(details, ownerId, this.clock);
		this.entries.save(entry);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "changed");
	}

	/**
	 * Removes an entry.
	 * @throws HelpRuleException while an advice pack lists it
	 */
	@Transactional
	public void remove(SignedInUser admin, long id) {
		requireAdministrator(admin);
		DirectoryEntry entry = load(admin, id);
		if (this.entries.countPackUses(id, admin.partnershipId()) > 0) {
			throw new HelpRuleException(null, "directory.remove.inPack");
		}
		this.entries.delete(entry);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "removed");
	}

	/**
	 * Records that the entry's details were checked: its owner or an administrator may.
	 */
	@Transactional
	public void markReviewed(SignedInUser user, long id) {
		DirectoryEntry entry = load(user, id);
		if (!entry.isOwnedBy(user.id()) && !user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			throw new AccessDeniedException("Only the entry's owner or an administrator records its review");
		}
		entry.markReviewed(this.clock);
		this.entries.save(entry);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "reviewed");
	}

	private List<HelpEntry> views(long partnershipId) {
		LocalDate today = today();
		return this.entries.findByPartnershipIdOrderByNameAsc(partnershipId)
			.stream()
			.map((entry) -> entry.view(today))
			.toList();
	}

	/**
	 * Every rule the details break, the owner's included (someone active in the
	 * administrator's partnership, found by email), in the order of the form's fields.
	 */
	@Transactional(readOnly = true)
	public List<HelpRuleException.Problem> problemsWith(SignedInUser admin, EntryDetails details, String ownerEmail) {
		Optional<User> owner = owner(admin, ownerEmail);
		List<HelpRuleException.Problem> problems = new ArrayList<>(
				DirectoryEntry.problemsWith(details, owner.map(User::getId).orElse(null), today()));
		if (owner.isEmpty() && ownerEmail != null && !ownerEmail.isBlank()) {
			problems.removeIf((problem) -> "owner".equals(problem.field()));
			problems.add(new HelpRuleException.Problem("owner", "directory.owner.unknown"));
		}
		return problems;
	}

	private Long checkedOwner(SignedInUser admin, EntryDetails details, String ownerEmail) {
		HelpRuleException.throwIfAny(problemsWith(admin, details, ownerEmail));
		return owner(admin, ownerEmail).map(User::getId).orElseThrow();
	}

	private Optional<User> owner(SignedInUser admin, String ownerEmail) {
		if (ownerEmail == null || ownerEmail.isBlank()) {
			return Optional.empty();
		}
		return this.users.findActiveByEmail(admin.partnershipId(), ownerEmail);
	}

	private EntryView view(SignedInUser user, DirectoryEntry entry, Map<Long, Optional<User>> owners) {
		LocalDate today = today();
		Optional<User> owner = (entry.getOwnerId() == null) ? Optional.empty() : owners
			.computeIfAbsent(entry.getOwnerId(), (ownerId) -> this.users.find(user.partnershipId(), ownerId));
		return new EntryView(entry.view(today), entry.reviewStatus(today), owner.map(User::getDisplayName).orElse(null),
				owner.map(User::getEmail).orElse(null), entry.isOwnedBy(user.id()), entry.getVersion());
	}

	private DirectoryEntry load(SignedInUser user, long id) {
		return this.entries.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static void requireAdministrator(SignedInUser user) {
		if (!user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			throw new AccessDeniedException("Only administrators keep the help directory");
		}
	}

}
