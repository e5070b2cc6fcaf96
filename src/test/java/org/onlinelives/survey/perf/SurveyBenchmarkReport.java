package org.onlinelives.survey.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SurveyEngineBenchmark} and writes its figures to
 * {@code perf/SURVEY-BENCHMARK.md}.
 */
public final class SurveyBenchmarkReport {

	private SurveyBenchmarkReport() {
	}

	public static void main(String[] args) throws RunnerException, IOException {
		Options options = new OptionsBuilder().include(SurveyEngineBenchmark.class.getSimpleName()).build();
		Collection<RunResult> results = new Runner(options).run();
		Map<String, double[]> scores = new HashMap<>();
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark();
			name = name.substring(name.lastIndexOf('.') + 1);
			scores.put(name,
					new double[] { result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError() });
		}
		long bytes = Long.parseLong(Files.readString(SurveyEngineBenchmark.MEMORY_FILE).strip());
		double bitmap = scores.get("crossTabBitmapIndex")[0];
		double duck = scores.get("crossTabDuckDb")[0];
		double build = scores.get("buildIndexFromDatabase")[0];
		double load = scores.get("loadDuckDbFromDatabase")[0];
		StringBuilder md = new StringBuilder();
		md.append("# Youth survey engine benchmark\n\n");
		md.append("Written by `SurveyBenchmarkReport` on ")
			.append(LocalDate.now())
			.append(" (")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processors, Java ")
			.append(System.getProperty("java.version"))
			.append(").\n\n");
		md.append("1,000,000 generated responses, 10 groups × 30 scenarios × 5 years, stored in the application's ")
			.append("`survey_response` table (H2 in memory). DuckDB (JDBC, in memory) holds the same responses as a ")
			.append("wide table. The full cross-tab counts, for every year, scenario and group, the 2×2 table behind ")
			.append("a relative risk (in the group / everyone else × met / answered) and each scenario overall; ")
			.append("before measuring, the benchmark checks that both give exactly the same counts. DuckDB's query is ")
			.append("one pass that sums 0/1 conditions per year; the same counts written with FILTER clauses did not ")
			.append("finish in minutes.\n\n");
		md.append("| What | Bitmap engine | DuckDB | Ratio |\n|---|---|---|---|\n");
		md.append(String.format(Locale.ROOT,
				"| Full cross-tab (average time) | %.2f ms ± %.2f | %.1f ms ± %.1f | %.1f× faster (goal ≥ 20×) |%n",
				bitmap, scores.get("crossTabBitmapIndex")[1], duck, scores.get("crossTabDuckDb")[1], duck / bitmap));
		md.append(String.format(Locale.ROOT,
				"| Build from the database / load from the database (single shot, 2 runs after 1 warm-up) | %.0f ms ± %.0f | %.0f ms ± %.0f | %.2f of DuckDB's time (goal ≤ 1) |%n",
				build, scores.get("buildIndexFromDatabase")[1], load, scores.get("loadDuckDbFromDatabase")[1],
				build / load));
		md.append(String.format(Locale.ROOT, "| Memory of the index (RoaringBitmap sizes) | %.1f MB | | |%n%n",
				bytes / 1048576.0));
		md.append("Both loads read the same rows from the same database through JDBC and decode the same answer ")
			.append("text; the engine adds each answer to a bitmap, DuckDB appends a row through its appender.\n\n");
		md.append("Run it again (about 10 minutes; it needs about 8 GB of memory; not part of `./mvnw verify`):\n\n");
		md.append("```\n./mvnw -B -ntp -Pbenchmark test-compile exec:exec\n```\n");
		Path out = Path.of("perf", "SURVEY-BENCHMARK.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, md.toString());
		System.out.println(md);
	}

}
