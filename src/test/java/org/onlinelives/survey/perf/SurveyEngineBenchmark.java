package org.onlinelives.survey.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.duckdb.DuckDBConnection;
import org.onlinelives.survey.engine.AnswerIndex;
import org.onlinelives.survey.engine.AnswerIndexLoader;
import org.onlinelives.survey.engine.CrossTab;
import org.onlinelives.survey.engine.CrossTabPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The youth survey engine against DuckDB on the same generated responses (10 groups × 30
 * scenarios × 5 years): the full cross-tab, the index build from the database against
 * DuckDB's load from the same database, and the index's memory. Not a test: run it with
 * {@code ./mvnw -Pbenchmark test-compile exec:exec} (see perf/SURVEY-BENCHMARK.md).
 */
@State(Scope.Benchmark)
// One JVM for all four measurements, so the million responses are generated and loaded
// once (they take minutes on a small machine); the runner is started with -Xmx8g.
@Fork(0)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SurveyEngineBenchmark {

	static final Path MEMORY_FILE = Path.of("target", "survey-benchmark-memory.txt");

	@Param("1000000")
	int responses;

	private static Connection h2;

	private static DuckDBConnection duck;

	private static AnswerIndex[] indexes;

	private CrossTabPlan plan;

	private String crossTabSql;

	@Setup(Level.Trial)
	public void setUp() throws SQLException, IOException {
		this.plan = BenchmarkData.plan();
		this.crossTabSql = BenchmarkData.duckDbCrossTab();
		if (h2 != null) {
			return;
		}
		h2 = DriverManager.getConnection("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
		BenchmarkData.generate(h2, this.responses, 2026);
		duck = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
		BenchmarkData.loadDuckDb(h2, duck);
		indexes = buildIndexes();
		checkBothGiveTheSameCounts();
		long bytes = 0;
		for (AnswerIndex index : indexes) {
			bytes += index.sizeInBytes();
		}
		System.gc();
		Files.createDirectories(MEMORY_FILE.getParent());
		Files.writeString(MEMORY_FILE, bytes + "\n");
		System.out.printf("%nIndex of %d responses: %d bytes in bitmaps (%.1f MB)%n", this.responses, bytes,
				bytes / 1048576.0);
	}

	/** Every scenario × every group × every year, on the bitmap index. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public void crossTabBitmapIndex(Blackhole blackhole) {
		for (AnswerIndex index : indexes) {
			blackhole.consume(CrossTab.count(index, this.plan, null));
		}
	}

	/** The same cross-tab as one DuckDB query over the wide table. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@Warmup(iterations = 2, time = 2)
	@Measurement(iterations = 3, time = 2)
	public void crossTabDuckDb(Blackhole blackhole) throws SQLException {
		try (Statement query = duck.createStatement(); ResultSet rows = query.executeQuery(this.crossTabSql)) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int c = 1; c <= columns; c++) {
					blackhole.consume(rows.getLong(c));
				}
			}
		}
	}

	/** Building every year's index from the responses stored in the database. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 1)
	@Measurement(iterations = 2)
	public AnswerIndex[] buildIndexFromDatabase() throws SQLException {
		return buildIndexes();
	}

	/** Loading DuckDB from the same stored responses (read, decode, append). */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 1)
	@Measurement(iterations = 2)
	public void loadDuckDbFromDatabase() throws SQLException {
		BenchmarkData.loadDuckDb(h2, duck);
	}

	private AnswerIndex[] buildIndexes() throws SQLException {
		AnswerIndex[] built = new AnswerIndex[BenchmarkData.YEARS];
		for (int y = 0; y < BenchmarkData.YEARS; y++) {
			built[y] = AnswerIndexLoader.load(h2, BenchmarkData.FIRST_YEAR + y);
		}
		return built;
	}

	private void checkBothGiveTheSameCounts() throws SQLException {
		try (Statement query = duck.createStatement(); ResultSet rows = query.executeQuery(this.crossTabSql)) {
			int year = 0;
			while (rows.next()) {
				CrossTab.Counts counts = CrossTab.count(indexes[year], this.plan, null);
				int column = 2;
				for (int s = 0; s < BenchmarkData.SCENARIOS; s++) {
					same(counts.overallYes[s], rows.getLong(column++));
					same(counts.overallAnswered[s], rows.getLong(column++));
					for (int g = 0; g < BenchmarkData.GROUPS; g++) {
						same(counts.groupYes[s][g], rows.getLong(column++));
						same(counts.groupAnswered[s][g], rows.getLong(column++));
						same(counts.othersYes[s][g], rows.getLong(column++));
						same(counts.othersAnswered[s][g], rows.getLong(column++));
					}
				}
				year++;
			}
			if (year != BenchmarkData.YEARS) {
				throw new IllegalStateException("DuckDB returned " + year + " years");
			}
		}
	}

	private static void same(int bitmap, long duckDb) {
		if (bitmap != duckDb) {
			throw new IllegalStateException("Bitmap count " + bitmap + " differs from DuckDB's " + duckDb);
		}
	}

}
