package org.onlinelives.survey.analysis;

/**
 * One of the largest significant gaps, for the plain-English summary: "{group} were
 * {ratio} times as likely to say they {summary} ({inGroup}% compared with {others}%)".
 */
public record Gap(String group, String scenario, String summary, double ratio, long inGroupPercent,
		long othersPercent) {
}
