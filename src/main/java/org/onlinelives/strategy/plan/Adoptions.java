package org.onlinelives.strategy.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which recommendations each partnership has adopted, when, by whom and with what note.
 * Every read and write takes the partnership.
 */
@Component
class Adoptions {

	/** An adoption as the recommendations page shows it. */
	record Adoption(Long adoptedBy, Instant adoptedAt, String note) {
	}

	private final JdbcClient jdbc;

	Adoptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Recommendation, Adoption> of(long partnershipId) {
		Map<Recommendation, Adoption> adopted = new EnumMap<>(Recommendation.class);
		this.jdbc.sql("""
				select recommendation, adopted_by, adopted_at, note from plan_adoption
				where partnership_id = :partnership""").param("partnership", partnershipId).query((rs) -> {
			Recommendation recommendation = Recommendation.ofCode(rs.getString(1));
			if (recommendation != null) {
				adopted.put(recommendation, new Adoption(rs.getLong(2),
						rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
			}
		});
		return adopted;
	}

	/** Adopts it; false when it was adopted already. */
	boolean adopt(long partnershipId, Recommendation recommendation, long by, Instant now, String note) {
		try {
			return this.jdbc.sql("""
					insert into plan_adoption (partnership_id, recommendation, adopted_by, adopted_at, note)
					select :partnership, :recommendation, :by, :now, :note
					where not exists (select 1 from plan_adoption
					                  where partnership_id = :partnership and recommendation = :recommendation)""")
				.param("partnership", partnershipId)
				.param("recommendation", recommendation.name())
				.param("by", by)
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("note", note)
				.update() > 0;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

	boolean withdraw(long partnershipId, Recommendation recommendation) {
		return this.jdbc
			.sql("delete from plan_adoption where partnership_id = :partnership and recommendation = :recommendation")
			.param("partnership", partnershipId)
			.param("recommendation", recommendation.name())
			.update() > 0;
	}

}
