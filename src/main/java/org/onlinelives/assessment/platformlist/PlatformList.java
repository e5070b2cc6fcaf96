package org.onlinelives.assessment.platformlist;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.PlatformName;
import org.onlinelives.assessment.PlatformsMerged;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's managed list of platforms. Until an administrator first changes it, a
 * partnership's list is {@link PlatformMatching#DEFAULTS}; the first change writes the
 * defaults down and changes them. Every change is written to the access log.
 */
@Service
public class PlatformList {

	static final String RECORD_TYPE = "platform list";

	private final JdbcClient jdbc;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlatformList(JdbcClient jdbc, AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	public static boolean mayManage(SignedInUser user) {
		return user.hasRole(Role.PARTNERSHIP_ADMIN);
	}

	/** The list's names, in the order they were added. */
	@Transactional(readOnly = true)
	public List<String> names(long partnershipId) {
		List<String> names = this.jdbc
			.sql("select name from online_platform where partnership_id = :partnership order by id")
			.param("partnership", partnershipId)
			.query(String.class)
			.list();
		return names.isEmpty() ? PlatformMatching.DEFAULTS : names;
	}

	/** What is recorded for typed names: the list's names where they match. */
	@Transactional(readOnly = true)
	public List<String> resolve(long partnershipId, List<String> typed) {
		return PlatformMatching.resolve(typed, names(partnershipId), aliases(partnershipId));
	}

	/** Spellings on the partnership's records that are not the list's names, A to Z. */
	@Transactional(readOnly = true)
	public List<RecordedSpelling> spellings(SignedInUser user) {
		requireAdmin(user);
		List<String> names = names(user.partnershipId());
		Map<String, String> aliases = aliases(user.partnershipId());
		Map<String, Long> counts = new HashMap<>();
		recordedValues(user.partnershipId()).forEach((value, records) -> split(value).forEach((name) -> {
			if (!names.contains(name)) {
				counts.merge(name, records, Long::sum);
			}
		}));
		List<RecordedSpelling> spellings = new ArrayList<>();
		counts.forEach((name, records) -> {
			List<String> matched = PlatformMatching.resolve(List.of(name), names, aliases);
			String sameAs = (!matched.isEmpty() && names.contains(matched.get(0))) ? matched.get(0) : null;
			spellings.add(new RecordedSpelling(name, records, sameAs));
		});
		spellings.sort(Comparator.comparing((RecordedSpelling s) -> s.name().toLowerCase(java.util.Locale.ROOT))
			.thenComparing(RecordedSpelling::name));
		return spellings;
	}

	/**
	 * Adds a platform to the list.
	 * @throws InvalidAnswerException naming the field {@code name} and the message key
	 */
	@Transactional
	public void add(SignedInUser user, String typed) {
		requireAdmin(user);
		String name = PlatformName.tidy(typed);
		if (name.isEmpty()) {
			throw new InvalidAnswerException("name", "platformList.name.required");
		}
		if (name.length() > YoungPerson.MAX_PLATFORM_LENGTH) {
			throw new InvalidAnswerException("name", "platformList.name.tooLong");
		}
		if (name.contains(",")) {
			throw new InvalidAnswerException("name", "platformList.name.comma");
		}
		List<String> matched = resolve(user.partnershipId(), List.of(name));
		if (names(user.partnershipId()).contains(matched.get(0))) {
			throw new InvalidAnswerException("name", "platformList.name.taken");
		}
		writeDefaults(user.partnershipId());
		insert(user.partnershipId(), name);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, user.partnershipId(),
				"added \"" + name + "\"");
	}

	/**
	 * Merges a spelling (recorded on the partnership's records, or a name on the list)
	 * into a name on the list: the records say the list's name, later typing of the
	 * spelling matches it, and {@link PlatformsMerged} tells the modules that count.
	 * @return how many records changed
	 * @throws InvalidAnswerException naming the field ({@code variant} or
	 * {@code canonical}) and the message key
	 */
	@Transactional
	public int merge(SignedInUser user, String variant, String canonical) {
		requireAdmin(user);
		long partnership = user.partnershipId();
		List<String> names = names(partnership);
		if (canonical == null || !names.contains(canonical)) {
			throw new InvalidAnswerException("canonical", "platformList.canonical.unknown");
		}
		boolean variantListed = variant != null && names.contains(variant);
		Map<String, Long> recorded = recordedValues(partnership);
		boolean variantRecorded = variant != null
				&& recorded.keySet().stream().anyMatch((value) -> split(value).contains(variant));
		if (!variantListed && !variantRecorded) {
			throw new InvalidAnswerException("variant", "platformList.variant.unknown");
		}
		if (variant.equals(canonical)) {
			throw new InvalidAnswerException("variant", "platformList.variant.same");
		}
		writeDefaults(partnership);
		Long canonicalId = platformId(partnership, canonical);
		if (variantListed) {
			Long variantId = platformId(partnership, variant);
			this.jdbc.sql("update online_platform_alias set platform_id = :canonical where platform_id = :variant")
				.param("canonical", canonicalId)
				.param("variant", variantId)
				.update();
			this.jdbc.sql("delete from online_platform where id = :id").param("id", variantId).update();
		}
		String variantKey = PlatformName.key(variant);
		if (!variantKey.equals(PlatformName.key(canonical))) {
			this.jdbc
				.sql("delete from online_platform_alias where partnership_id = :partnership and variant_key = :key")
				.param("partnership", partnership)
				.param("key", variantKey)
				.update();
			this.jdbc.sql("""
					insert into online_platform_alias (partnership_id, variant_key, platform_id)
					values (:partnership, :key, :platform)""")
				.param("partnership", partnership)
				.param("key", variantKey)
				.param("platform", canonicalId)
				.update();
		}
		int changed = 0;
		for (Map.Entry<String, Long> value : recorded.entrySet()) {
			String merged = String.join("\n", PlatformMatching.merge(split(value.getKey()), variant, canonical));
			if (!merged.equals(value.getKey())) {
				changed += this.jdbc.sql(
						"update young_person set platforms = :merged where partnership_id = :partnership and platforms = :value")
					.param("merged", merged)
					.param("partnership", partnership)
					.param("value", value.getKey())
					.update();
			}
		}
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, partnership,
				"merged \"" + variant + "\" into \"" + canonical + "\" (" + changed + " records)");
		this.events.publishEvent(new PlatformsMerged(partnership, variant, canonical));
		return changed;
	}

	private Map<String, String> aliases(long partnershipId) {
		Map<String, String> aliases = new HashMap<>();
		this.jdbc.sql("""
				select a.variant_key, p.name from online_platform_alias a join online_platform p on p.id = a.platform_id
				where a.partnership_id = :partnership and p.partnership_id = :partnership""")
			.param("partnership", partnershipId)
			.query((rs) -> {
				aliases.put(rs.getString(1), rs.getString(2));
			});
		return aliases;
	}

	/**
	 * The distinct platform values of the partnership's records, with how many hold each.
	 */
	private Map<String, Long> recordedValues(long partnershipId) {
		Map<String, Long> values = new LinkedHashMap<>();
		this.jdbc.sql("""
				select platforms, count(*) from young_person
				where partnership_id = :partnership and platforms is not null and platforms <> ''
				group by platforms""").param("partnership", partnershipId).query((rs) -> {
			values.put(rs.getString(1), rs.getLong(2));
		});
		return values;
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split("\n")).filter((name) -> !name.isBlank()).toList();
	}

	private void writeDefaults(long partnershipId) {
		Long rows = this.jdbc.sql("select count(*) from online_platform where partnership_id = :partnership")
			.param("partnership", partnershipId)
			.query(Long.class)
			.single();
		if (rows == 0) {
			PlatformMatching.DEFAULTS.forEach((name) -> insert(partnershipId, name));
		}
	}

	private void insert(long partnershipId, String name) {
		this.jdbc.sql("""
				insert into online_platform (partnership_id, name, name_key, created_at)
				values (:partnership, :name, :key, :now)
				on conflict do nothing""")
			.param("partnership", partnershipId)
			.param("name", name)
			.param("key", PlatformName.key(name))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private Long platformId(long partnershipId, String name) {
		return this.jdbc.sql("select id from online_platform where partnership_id = :partnership and name = :name")
			.param("partnership", partnershipId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private static void requireAdmin(SignedInUser user) {
		if (!mayManage(user)) {
			throw new AccessDeniedException("Only a partnership administrator manages the platform list");
		}
	}

}
