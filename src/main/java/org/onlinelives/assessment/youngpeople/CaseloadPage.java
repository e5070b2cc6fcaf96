package org.onlinelives.assessment.youngpeople;

import java.util.List;

/**
 * A page of a caseload.
 *
 * @param rows the young people on this page, most urgent first
 * @param page the page, from 1
 * @param pages how many pages there are
 * @param total how many young people in all
 */
public record CaseloadPage(List<CaseloadRow> rows, int page, int pages, long total) {

	public static final int PAGE_SIZE = 25;

}
