package org.onlinelives.selfaudit.audit;

import org.onlinelives.selfaudit.scoring.RagBands;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RAG thresholds each partnership has chosen; {@link RagBands#DEFAULT} (amber from
 * 50%, green from 75%) until it chooses.
 */
@Repository
public class RagSettings {

	private final JdbcClient jdbc;

	RagSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RagBands bandsFor(long partnershipId) {
		return this.jdbc
			.sql("select amber_from_percent, green_from_percent from selfaudit_settings where partnership_id = :p")
			.param("p", partnershipId)
			.query((rs, row) -> new RagBands(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(RagBands.DEFAULT);
	}

	@Transactional
	public void save(long partnershipId, RagBands bands) {
		int updated = this.jdbc.sql("""
				update selfaudit_settings set amber_from_percent = :amber, green_from_percent = :green
				where partnership_id = :p""")
			.param("amber", bands.amberFromPercent())
			.param("green", bands.greenFromPercent())
			.param("p", partnershipId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into selfaudit_settings (partnership_id, amber_from_percent, green_from_percent)
					values (:p, :amber, :green)""")
				.param("amber", bands.amberFromPercent())
				.param("green", bands.greenFromPercent())
				.param("p", partnershipId)
				.update();
		}
	}

}
