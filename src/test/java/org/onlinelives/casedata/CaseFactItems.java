package org.onlinelives.casedata;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes an item of a fact that a test inserted itself, with the fact's scope and filter
 * columns copied as the case data module writes them.
 */
public final class CaseFactItems {

	private CaseFactItems() {
	}

	public static void insert(JdbcClient jdbc, String factKey, String dimension, String code) {
		jdbc.sql(
				"""
						insert into case_fact_item (fact_key, dimension, code, code_key, partnership_id, agency_id, counted_month,
						    age_band, gender, online_component)
						select f.fact_key, :dimension, :code, lower(:code), f.partnership_id, f.agency_id, f.counted_month,
						    f.age_band, f.gender, f.online_component
						from case_fact f where f.fact_key = :key""")
			.param("key", factKey)
			.param("dimension", dimension)
			.param("code", code)
			.update();
	}

}
