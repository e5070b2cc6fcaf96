package org.onlinelives.survey.imports;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An import running in the background: how far the check has gone, then its report. Seen
 * only within the partnership that started it.
 */
public final class ImportJob {

	private final UUID id = UUID.randomUUID();

	private final long partnershipId;

	private final long surveyId;

	private final int total;

	private final AtomicInteger checked = new AtomicInteger();

	private volatile boolean writing;

	private volatile ImportReport report;

	ImportJob(long partnershipId, long surveyId, int total) {
		this.partnershipId = partnershipId;
		this.surveyId = surveyId;
		this.total = total;
	}

	public UUID id() {
		return this.id;
	}

	public long partnershipId() {
		return this.partnershipId;
	}

	public long surveyId() {
		return this.surveyId;
	}

	public int total() {
		return this.total;
	}

	public int checked() {
		return this.checked.get();
	}

	/** Whole per cent of rows checked, for the progress bar. */
	public int percent() {
		return (this.total == 0) ? 100 : (int) (100L * checked() / this.total);
	}

	public boolean writing() {
		return this.writing;
	}

	public boolean done() {
		return this.report != null;
	}

	public ImportReport report() {
		return this.report;
	}

	void checkedOne() {
		this.checked.incrementAndGet();
	}

	void startWriting() {
		this.writing = true;
	}

	void finish(ImportReport report) {
		this.report = report;
	}

}
