package org.onlinelives.assessment.web;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.CatalogueLoader;

import static org.assertj.core.api.Assertions.assertThat;

class TenCsChartTests {

	private static final Catalogue CATALOGUE = CatalogueLoader.loadCurrent();

	@Test
	void barsScaleWithTheRatingAndTheDescriptionSaysWhatChanged() {
		Assessment before = Assessment.start(1, 2, 3, 1, 1, null, 9, Clock.systemUTC());
		before.recordTenC("CONTENT", new TenCEntry(null, null, 4, null, null));
		before.recordTenC("CONTACT", new TenCEntry(null, null, 2, null, null));
		Assessment now = Assessment.start(1, 2, 3, 2, 1, before, 9, Clock.systemUTC());
		now.recordTenC("CONTENT", new TenCEntry(null, null, 2, null, null));
		now.recordTenC("CONTACT", new TenCEntry(null, null, 5, null, null));
		now.recordVulnerabilityFactors(Set.of());

		TenCsChart chart = TenCsChart.of(CATALOGUE, now, before);

		assertThat(chart.rows()).hasSize(10);
		TenCsChart.Row content = chart.rows().get(1);
		assertThat(content.barWidth()).isEqualTo(2 * TenCsChart.STEP);
		assertThat(content.change()).isEqualTo("down from 4: more resilience");
		assertThat(chart.rows().get(2).change()).isEqualTo("up from 2: more risk");
		assertThat(chart.rows().get(0).rating()).isNull();
		assertThat(chart.description()).contains("Context: not rated", "Contact: 5 High risk (up from 2: more risk)");
		assertThat(chart.previousNumber()).isEqualTo(1);
	}

	@Test
	void withoutAnEarlierVersionThereIsNothingToCompare() {
		Assessment now = Assessment.start(1, 2, 3, 1, 1, null, 9, Clock.systemUTC());
		TenCsChart chart = TenCsChart.of(CATALOGUE, now, null);
		assertThat(chart.previousNumber()).isNull();
		assertThat(chart.rows()).allMatch((row) -> row.change() == null && row.barWidth() == 0);
	}

	@Test
	void thePictureForTheReportHasABarPerRatingAndNoTransparency() throws Exception {
		Assessment assessment = Assessment.start(1, 2, 3, 1, 1, null, 9, Clock.systemUTC());
		assessment.recordTenC("CONTACT", new TenCEntry(null, null, 5, null, null));
		assessment.recordTenC("CONDUCT", new TenCEntry(null, null, 1, null, null));
		java.awt.image.BufferedImage image = javax.imageio.ImageIO
			.read(new java.io.ByteArrayInputStream(TenCsChartImage.png(TenCsChart.of(CATALOGUE, assessment, null))));

		assertThat(image.getColorModel().hasAlpha()).isFalse();
		int scale = TenCsChartImage.SCALE;
		int x = (TenCsChartImage.LABEL_WIDTH + TenCsChartImage.STEP * 9 / 2) * scale;
		java.util.function.IntUnaryOperator middleOfRow = (
				row) -> (TenCsChartImage.TOP + row * TenCsChartImage.ROW_HEIGHT + TenCsChartImage.ROW_HEIGHT / 2)
						* scale;
		// Contact, rated 5, has a red bar reaching past 4.5; Context, not rated, and
		// Conduct, rated 1, have nothing there
		assertThat(new java.awt.Color(image.getRGB(x, middleOfRow.applyAsInt(2))))
			.isEqualTo(new java.awt.Color(0xd4, 0x35, 0x1c));
		assertThat(new java.awt.Color(image.getRGB(x, middleOfRow.applyAsInt(0)))).isEqualTo(java.awt.Color.WHITE);
		assertThat(new java.awt.Color(image.getRGB(x, middleOfRow.applyAsInt(3)))).isEqualTo(java.awt.Color.WHITE);
		int resilience = (TenCsChartImage.LABEL_WIDTH + TenCsChartImage.STEP / 2) * scale;
		assertThat(new java.awt.Color(image.getRGB(resilience, middleOfRow.applyAsInt(3))))
			.isEqualTo(new java.awt.Color(0x00, 0x70, 0x3c));
		assertThat(TenCsChartImage.dataUri(TenCsChart.of(CATALOGUE, assessment, null)))
			.startsWith("data:image/png;base64,");
	}

}
