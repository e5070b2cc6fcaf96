package org.onlinelives.casedata.figures;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.casedata.CaseDataHeadlines;
import org.onlinelives.platform.disclosure.DisclosureControl;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's headline case figures for documents that leave the service, counted
 * from the de-identified facts and protected with the export policy (the same settings
 * the partnership figures' exports use) before they leave this class.
 */
@Service
@Transactional(readOnly = true)
class HeadlineFigures implements CaseDataHeadlines {

	/** The Cs in the order the product names them everywhere. */
	static final List<String> CS = List.of("CONTENT", "CONTACT", "CONDUCT", "COMMERCE", "COMMUNITIES");

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	private final DisclosurePolicy policy;

	HeadlineFigures(JdbcClient jdbc, AgencyDirectory agencies, MessageSource messages,
			@Value("${onlinelives.casedata.pages-threshold:5}") int pagesThreshold,
			@Value("${onlinelives.casedata.export-threshold:10}") int exportThreshold,
			@Value("${onlinelives.casedata.round-to-five:false}") boolean roundToFive) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.messages = messages;
		this.policy = new DisclosurePolicy(Math.max(exportThreshold, pagesThreshold), roundToFive);
	}

	@Override
	public Headlines lastTwelveMonths(long partnershipId, YearMonth to) {
		YearMonth from = to.minusMonths(11);
		List<Agency> partnershipAgencies = this.agencies.agenciesOf(partnershipId);
		List<String> cs = CS.stream()
			.map((code) -> this.messages.getMessage("casedata.c." + code, null, Locale.UK))
			.toList();
		if (partnershipAgencies.isEmpty()) {
			return new Headlines(from, to, this.policy.threshold(), List.of(), null, cs, null);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("partnership", partnershipId);
		params.put("from", Date.valueOf(from.atDay(1)));
		params.put("to", Date.valueOf(to.atDay(1)));
		Map<Long, Long> byAgency = new HashMap<>();
		this.jdbc.sql("""
				select f.agency_id, count(*) from case_fact f
				where f.partnership_id = :partnership and f.online_component = true
				  and f.counted_month >= :from and f.counted_month <= :to
				group by f.agency_id""").params(params).query((rs) -> {
			byAgency.put(rs.getLong(1), rs.getLong(2));
		});
		Map<String, Long> byC = new HashMap<>();
		this.jdbc.sql("""
				select i.code, count(distinct f.fact_key) from case_fact f
				join case_fact_item i on i.fact_key = f.fact_key and i.dimension = 'C'
				where f.partnership_id = :partnership and f.online_component = true
				  and f.counted_month >= :from and f.counted_month <= :to
				group by i.code""").params(params).query((rs) -> {
			byC.put(rs.getString(1), rs.getLong(2));
		});
		long[] agencyCounts = partnershipAgencies.stream()
			.mapToLong((agency) -> byAgency.getOrDefault(agency.getId(), 0L))
			.toArray();
		long[] cCounts = CS.stream().mapToLong((code) -> byC.getOrDefault(code, 0L)).toArray();
		return new Headlines(from, to, this.policy.threshold(),
				partnershipAgencies.stream().map(Agency::getName).toList(),
				DisclosureControl.protectOneWay(agencyCounts, this.policy), cs,
				DisclosureControl.protectOneWay(cCounts, this.policy));
	}

}
