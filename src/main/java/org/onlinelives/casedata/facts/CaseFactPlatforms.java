package org.onlinelives.casedata.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.PlatformName;
import org.onlinelives.assessment.PlatformsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case data module's own record of merged platform spellings: kept from
 * {@link PlatformsMerged} events, applied to the facts already kept and to every fact
 * kept afterwards (so an event about a case that still says the old spelling, or a
 * rebuild, counts it under the merged name too).
 */
@Component
class CaseFactPlatforms {

	private final JdbcClient jdbc;

	CaseFactPlatforms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Merged spellings of a partnership: variant key to the name it counts as. */
	Map<String, String> merges(long partnershipId) {
		Map<String, String> merges = new HashMap<>();
		this.jdbc.sql("select variant_key, canonical from case_fact_platform_alias where partnership_id = :partnership")
			.param("partnership", partnershipId)
			.query((rs) -> {
				merges.put(rs.getString(1), rs.getString(2));
			});
		return merges;
	}

	/**
	 * Counts the variant, and every spelling compared equal to it or to the canonical
	 * name, as the canonical name in the partnership's facts. Safe to run twice.
	 */
	void merge(PlatformsMerged merged) {
		long partnership = merged.partnershipId();
		String canonical = CaseFacts.platformName(merged.canonical());
		String variantKey = PlatformName.key(merged.variant());
		String canonicalKey = PlatformName.key(canonical);
		// a spelling merged earlier into the variant now counts as the canonical name
		this.jdbc.sql("""
				update case_fact_platform_alias set canonical = :canonical, canonical_key = :canonicalKey
				where partnership_id = :partnership and canonical_key = :variantKey""")
			.param("canonical", canonical)
			.param("canonicalKey", canonicalKey)
			.param("partnership", partnership)
			.param("variantKey", variantKey)
			.update();
		if (!variantKey.equals(canonicalKey)) {
			this.jdbc
				.sql("delete from case_fact_platform_alias where partnership_id = :partnership and variant_key = :key")
				.param("partnership", partnership)
				.param("key", variantKey)
				.update();
			this.jdbc.sql("""
					insert into case_fact_platform_alias (partnership_id, variant_key, canonical, canonical_key)
					values (:partnership, :key, :canonical, :canonicalKey)""")
				.param("partnership", partnership)
				.param("key", variantKey)
				.param("canonical", canonical)
				.param("canonicalKey", canonicalKey)
				.update();
		}
		List<String> codes = this.jdbc.sql("""
				select distinct i.code from case_fact_item i
				where i.partnership_id = :partnership and i.dimension = 'PLATFORM'""")
			.param("partnership", partnership)
			.query(String.class)
			.list();
		for (String code : codes) {
			String key = PlatformName.key(code);
			if (code.equals(canonical) || !(key.equals(variantKey) || key.equals(canonicalKey))) {
				continue;
			}
			// a case that already counts under the canonical name keeps that one item
			this.jdbc.sql("""
					delete from case_fact_item
					where partnership_id = :partnership and dimension = 'PLATFORM' and code = :code
					  and fact_key in (select c.fact_key from case_fact_item c
					                   where c.partnership_id = :partnership and c.dimension = 'PLATFORM'
					                     and c.code = :canonical)""")
				.param("code", code)
				.param("canonical", canonical)
				.param("partnership", partnership)
				.update();
			this.jdbc.sql("""
					update case_fact_item set code = :canonical, code_key = lower(:canonical)
					where partnership_id = :partnership and dimension = 'PLATFORM' and code = :code""")
				.param("code", code)
				.param("canonical", canonical)
				.param("partnership", partnership)
				.update();
		}
	}

}
