package org.onlinelives.assessment.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * The 10 Cs chart as a picture for the printable report, where it goes in with the
 * chart's description as its alternative text and is followed by the same figures as a
 * table. Drawn with the report's own font, so it looks the same on every machine; a C not
 * rated has no bar (the description and the table say so in words). No transparency: an
 * archived PDF must not depend on it.
 */
final class TenCsChartImage {

	static final int SCALE = 2;

	static final int LABEL_WIDTH = 330;

	static final int STEP = 70;

	static final int ROW_HEIGHT = 34;

	static final int TOP = 34;

	private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);

	private static final Color GRID = new Color(0xb1, 0xb4, 0xb6);

	private static final Color RESILIENCE = new Color(0x00, 0x70, 0x3c);

	private static final Color MIDDLE = new Color(0x50, 0x5a, 0x5f);

	private static final Color RISK = new Color(0xd4, 0x35, 0x1c);

	private static final Font FONT = load("/fonts/DejaVuSans.ttf");

	private TenCsChartImage() {
	}

	/**
	 * The chart as a PNG data URI, for an img element.
	 * @param chart the chart
	 * @return {@code data:image/png;base64,...}
	 */
	static String dataUri(TenCsChart chart) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart));
	}

	static byte[] png(TenCsChart chart) {
		int levels = chart.levels().size();
		int width = LABEL_WIDTH + (levels + 1) * STEP;
		int height = TOP + chart.rows().size() * ROW_HEIGHT + 10;
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.scale(SCALE, SCALE);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setFont(FONT.deriveFont(13f));
			FontMetrics metrics = g.getFontMetrics();
			// the scale: one line per level, numbered at the top
			for (TenCsChart.Level level : chart.levels()) {
				int x = LABEL_WIDTH + level.level() * STEP;
				g.setColor(GRID);
				g.drawLine(x, TOP - 6, x, height - 10);
				g.setColor(TEXT);
				String number = String.valueOf(level.level());
				g.drawString(number, x - metrics.stringWidth(number) / 2, TOP - 12);
			}
			int y = TOP;
			for (TenCsChart.Row row : chart.rows()) {
				g.setColor(TEXT);
				g.drawString(fit(row.title(), metrics, LABEL_WIDTH - 10), 0, y + ROW_HEIGHT / 2 + 5);
				if (row.rating() != null) {
					g.setColor(colour(row.rating()));
					g.fillRect(LABEL_WIDTH, y + 6, row.rating() * STEP, ROW_HEIGHT - 12);
				}
				if (row.previous() != null) {
					int x = LABEL_WIDTH + row.previous() * STEP;
					g.setColor(TEXT);
					g.setStroke(new BasicStroke(3f));
					g.drawLine(x, y + 2, x, y + ROW_HEIGHT - 2);
					g.setStroke(new BasicStroke(1f));
				}
				y += ROW_HEIGHT;
			}
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The same bands as the page's chart: 1–2 resilience, 3 the middle, 4–5 risk
	private static Color colour(int rating) {
		if (rating >= 4) {
			return RISK;
		}
		return (rating == 3) ? MIDDLE : RESILIENCE;
	}

	private static String fit(String text, FontMetrics metrics, int width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String shorter = text;
		while (!shorter.isEmpty() && metrics.stringWidth(shorter + "…") > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter.strip() + "…";
	}

	private static Font load(String resource) {
		try (InputStream in = TenCsChartImage.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the application: " + resource);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Font could not be read: " + resource, ex);
		}
	}

}
