package org.onlinelives.survey.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.engine.SurveyIndexes;
import org.onlinelives.survey.responses.SurveyResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an earlier year's file into a published survey. The upload is kept in memory
 * between the upload and mapping steps; the import runs on its own executor, checks every
 * row, then writes the good rows in one transaction, so a failure part-way leaves nothing
 * behind. Uploads and jobs are kept in this instance's memory and seen only within the
 * partnership that made them.
 */
@Service
public class SurveyImports implements DisposableBean {

	static final int BATCH = 2_000;

	/** Uploads waiting to be mapped (each up to 20 MB read), oldest dropped first. */
	private static final int UPLOADS_KEPT = 10;

	/** Jobs kept at most; finished ones are dropped when there are more. */
	private static final int JOBS_KEPT = 50;

	private static final Logger log = LoggerFactory.getLogger(SurveyImports.class);

	private final SurveyResponses responses;

	private final TransactionTemplate transaction;

	/**
	 * One import at a time, so a large file does not starve requests; a few more wait
	 * their turn. Its own executor rather than a bean, which would replace Spring Boot's
	 * application task executor.
	 */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final AccessLog accessLog;

	private final SurveyIndexes indexes;

	private final Map<UUID, Upload> uploads = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Upload> eldest) {
			return size() > UPLOADS_KEPT;
		}
	});

	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

	/** Called after each batch is written, inside the transaction (a test hook). */
	private volatile IntConsumer afterBatch = (written) -> {
	};

	SurveyImports(SurveyResponses responses, TransactionTemplate transaction, AccessLog accessLog,
			SurveyIndexes indexes) {
		this.responses = responses;
		this.transaction = transaction;
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(20);
		this.executor.setThreadNamePrefix("survey-import-");
		this.executor.initialize();
		this.accessLog = accessLog;
		this.indexes = indexes;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	/** Keeps an uploaded file for the mapping step; returns its key. */
	public UUID keep(SignedInUser admin, long surveyId, ImportTable table) {
		UUID key = UUID.randomUUID();
		this.uploads.put(key, new Upload(admin.partnershipId(), surveyId, table));
		return key;
	}

	public Optional<ImportTable> upload(SignedInUser admin, long surveyId, UUID key) {
		Upload upload = (key != null) ? this.uploads.get(key) : null;
		if (upload == null || upload.partnershipId() != admin.partnershipId() || upload.surveyId() != surveyId) {
			return Optional.empty();
		}
		return Optional.of(upload.table());
	}

	/** Starts importing a kept upload in the background. */
	public ImportJob start(SignedInUser admin, PublishedSurvey survey, UUID key, ColumnMapping mapping) {
		ImportTable table = upload(admin, survey.id(), key)
			.orElseThrow(() -> new RecordNotFoundException("survey import upload", key));
		this.uploads.remove(key);
		ImportJob job = new ImportJob(admin.partnershipId(), survey.id(), table.rows().size());
		if (this.jobs.size() >= JOBS_KEPT) {
			this.jobs.values().removeIf(ImportJob::done);
		}
		this.jobs.put(job.id(), job);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "survey", survey.id(),
				"import started: " + table.fileName() + ", " + table.rows().size() + " rows");
		try {
			this.executor.execute(() -> run(job, new Work(admin, survey, table, mapping)));
		}
		catch (TaskRejectedException busy) {
			this.jobs.remove(job.id());
			throw new ImportFileException("survey.import.busy");
		}
		return job;
	}

	/** A job of the caller's partnership on this survey; 404 otherwise. */
	public ImportJob job(SignedInUser user, long surveyId, UUID id) {
		ImportJob job = this.jobs.get(id);
		if (job == null || job.partnershipId() != user.partnershipId() || job.surveyId() != surveyId) {
			throw new RecordNotFoundException("survey import", id);
		}
		return job;
	}

	/**
	 * Checks every row, then writes the good ones in one transaction. The job always
	 * finishes, with a failed report if anything went wrong.
	 */
	ImportReport run(ImportJob job, Work work) {
		long started = System.nanoTime();
		long surveyId = work.survey().id();
		List<List<String>> rows = work.table().rows();
		List<CheckedRow> good = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		int rejected = 0;
		ImportReport report;
		try {
			RowValidator validator = new RowValidator(work.survey(), work.table().header(), work.mapping());
			for (int i = 0; i < rows.size(); i++) {
				CheckedRow row = validator.check(ImportTable.rowNumber(i), rows.get(i));
				if (row.accepted()) {
					good.add(row);
				}
				else {
					rejected++;
					problems.addAll(row.problems());
				}
				job.checkedOne();
			}
			job.startWriting();
			// the index must exist before the rows commit: built later from the database
			// it
			// would already hold them, and adding them again would count them twice
			this.indexes.index(surveyId);
			this.transaction.executeWithoutResult((status) -> {
				write(surveyId, good);
				this.accessLog.record(work.admin(), AccessEvent.RECORD_CHANGED, "survey", surveyId,
						"imported " + good.size() + " of " + rows.size() + " rows from " + work.table().fileName());
			});
			this.indexes.addImported(surveyId, good.stream().map(CheckedRow::choices).toList());
			report = new ImportReport(rows.size(), good.size(), rejected, problems, false);
		}
		catch (RuntimeException ex) {
			log.warn("Import into survey {} failed; nothing was written", surveyId, ex);
			this.accessLog.record(work.admin(), AccessEvent.RECORD_CHANGED, "survey", surveyId,
					"import failed, nothing written: " + work.table().fileName());
			report = new ImportReport(rows.size(), 0, rejected, problems, true);
		}
		log.info("Survey {}: import of {} rows ({} imported, {} rejected) took {} ms", surveyId, rows.size(),
				report.imported(), report.rejected(), (System.nanoTime() - started) / 1_000_000);
		job.finish(report);
		return report;
	}

	private void write(long surveyId, List<CheckedRow> good) {
		for (int from = 0; from < good.size(); from += BATCH) {
			List<CheckedRow> batch = good.subList(from, Math.min(from + BATCH, good.size()));
			this.responses.insertImported(surveyId,
					batch.stream().map((row) -> new SurveyResponses.Answers(row.choices(), row.texts())).toList());
			this.afterBatch.accept(batch.size());
		}
	}

	/** Test hook: runs after each batch is written, inside the import's transaction. */
	void afterEachBatch(IntConsumer hook) {
		this.afterBatch = hook;
	}

	/** What one import works on. */
	record Work(SignedInUser admin, PublishedSurvey survey, ImportTable table, ColumnMapping mapping) {
	}

	private record Upload(long partnershipId, long surveyId, ImportTable table) {
	}

}
