package org.onlinelives.families.packs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's advice packs. Administrators assemble them from the help directory;
 * everyone in the partnership reads and prints them; anyone with a pack's public address
 * reads its public page.
 */
@Service
public class Packs {

	private static final String RECORD_TYPE = "advice pack";

	private final AdvicePacks packs;

	private final Directory directory;

	private final Partnerships partnerships;

	private final AccessLog accessLog;

	private final Clock clock;

	private final PublicSlugs slugs = new PublicSlugs();

	Packs(AdvicePacks packs, Directory directory, Partnerships partnerships, AccessLog accessLog, Clock clock) {
		this.packs = packs;
		this.directory = directory;
		this.partnerships = partnerships;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** The partnership's packs, by title. */
	@Transactional(readOnly = true)
	public List<AdvicePack> list(SignedInUser user) {
		return this.packs.findByPartnershipIdOrderByTitleAsc(user.partnershipId());
	}

	/** One pack of the person's partnership with its entries, or 404. */
	@Transactional(readOnly = true)
	public PackView find(SignedInUser user, long id) {
		AdvicePack pack = load(user, id);
		return new PackView(pack, AdviceText.blocks(pack.getAdvice()), entriesOf(pack));
	}

	/** The directory entries a pack may list: those for young people or families. */
	@Transactional(readOnly = true)
	public List<HelpEntry> choices(SignedInUser admin) {
		requireAdministrator(admin);
		return this.directory.forFamilies(admin.partnershipId());
	}

	/** Every rule the details break, in the order of the form's fields. */
	@Transactional(readOnly = true)
	public List<HelpRuleException.Problem> problemsWith(SignedInUser admin, PackDetails details) {
		requireAdministrator(admin);
		return AdvicePack.problemsWith(details, available(admin, details));
	}

	/**
	 * Makes a pack.
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 */
	@Transactional
	public AdvicePack add(SignedInUser admin, PackDetails details) {
		requireAdministrator(admin);
		AdvicePack saved = this.packs.save(AdvicePack.create(admin.partnershipId(), details, available(admin, details),
				this.slugs.forTitle(details.title()), this.clock));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, RECORD_TYPE, saved.getId(), "added");
		return saved;
	}

	/**
	 * Changes a pack.
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 * @throws OptimisticLockingFailureException if someone changed it since
	 * expectedVersion
	 */
	@Transactional
	public void change(SignedInUser admin, long id, PackDetails details, long expectedVersion) {
		requireAdministrator(admin);
		AdvicePack pack = load(admin, id);
		if (!Objects.equals(pack.getVersion(), expectedVersion)) {
			throw new OptimisticLockingFailureException("Pack " + id + " changed since version " + expectedVersion);
		}
		pack.change(details, available(admin, details), this.clock);
		this.packs.save(pack);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "changed");
	}

	@Transactional
	public void remove(SignedInUser admin, long id) {
		requireAdministrator(admin);
		AdvicePack pack = load(admin, id);
		this.packs.delete(pack);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "removed");
	}

	/**
	 * A pack's public page, for anyone with its address. Only entries for young people or
	 * families are shown, even if one has since been changed to professionals only.
	 */
	@Transactional(readOnly = true)
	public Optional<PublicPack> publicPack(String slug) {
		if (!PublicSlugs.isWellFormed(slug)) {
			return Optional.empty();
		}
		return this.packs.findByPublicSlug(slug).map((pack) -> {
			List<PublicPack.Service> services = entriesOf(pack).stream()
				.filter(HelpEntry::isForFamilies)
				.map(PublicPack.Service::of)
				.toList();
			String partnershipName = this.partnerships.findById(pack.getPartnershipId())
				.map(Partnership::getName)
				.orElse("");
			return new PublicPack(pack.getTitle(), pack.getIntro(), AdviceText.blocks(pack.getAdvice()), services,
					partnershipName, pack.getUpdatedAt());
		});
	}

	private List<HelpEntry> entriesOf(AdvicePack pack) {
		Map<Long, HelpEntry> found = this.directory.byId(pack.getPartnershipId(), pack.entryIds());
		return pack.entryIds().stream().map(found::get).filter(Objects::nonNull).toList();
	}

	private Map<Long, HelpEntry> available(SignedInUser admin, PackDetails details) {
		return this.directory.byId(admin.partnershipId(), details.entryIds());
	}

	private AdvicePack load(SignedInUser user, long id) {
		return this.packs.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private static void requireAdministrator(SignedInUser user) {
		if (!user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			throw new AccessDeniedException("Only administrators assemble advice packs");
		}
	}

}
