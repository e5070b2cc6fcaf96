package org.onlinelives.platform.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place printable documents are made: a Thymeleaf template written as well-formed
 * XHTML, then PDF with openhtmltopdf. Templates link nothing outside themselves; charts
 * are drawn with HTML boxes or embedded images, since the renderer has no SVG support.
 * Every template can show times with the {@code ukTime} variable, since beans are not
 * reachable as {@code @ukTime} outside a web request.
 *
 * <p>
 * A {@linkplain #renderTagged tagged} document is also made for assistive technology
 * (PDF/UA: headings, lists, tables and figures with alternative text, a title shown in
 * the window, the language) and archival (PDF/A-3a, which needs every font embedded and a
 * colour profile). Its one font, DejaVu Sans, ships with the application and is embedded,
 * so names such as Zoë, Łukasz, Šarūnas or عائشة (right to left, letters joined),
 * typographic quotes, dashes, ≥ and ✓ print as typed on any machine.
 */
@Component
public class PdfRenderer {

	/** The font family tagged templates name. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	// read once, when the class loads: a missing font fails at start-up, not on the
	// first download
	private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	// the fonts' metrics, kept between documents rather than read again for each
	private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

	private final ITemplateEngine templates;

	private final UkTime ukTime;

	private final RenderingPermits permits;

	PdfRenderer(ITemplateEngine templates, UkTime ukTime,
			@Value("${onlinelives.pdf.concurrent-renders:4}") int concurrentRenders,
			@Value("${onlinelives.pdf.render-wait:10s}") Duration renderWait) {
		this.templates = templates;
		this.ukTime = ukTime;
		this.permits = new RenderingPermits(concurrentRenders, renderWait);
	}

	/**
	 * A plain PDF of the template, with the renderer's own fonts.
	 * @param template the template's name, such as {@code survey/report-pdf}
	 * @param model the template's variables
	 * @param locale the language of the messages
	 * @return the PDF
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		return this.permits.run(() -> pdf(xhtml(template, model, locale), false));
	}

	/**
	 * A PDF/UA and PDF/A-3a document of the template, with DejaVu Sans embedded; the
	 * template names the font as {@link #FONT_FAMILY}.
	 * @param template the template's name, such as {@code assessment/report}
	 * @param model the template's variables
	 * @param locale the language of the messages
	 * @return the PDF
	 */
	public byte[] renderTagged(String template, Map<String, Object> model, Locale locale) {
		return this.permits.run(() -> pdf(xhtml(template, model, locale), true));
	}

	private String xhtml(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable("ukTime", this.ukTime);
		return this.templates.process(template, context);
	}

	private static byte[] pdf(String xhtml, boolean tagged) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (tagged) {
				tagged(builder);
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document could not be rendered", ex);
		}
	}

	private static void tagged(PdfRendererBuilder builder) {
		builder.useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS);
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
		builder.useColorProfile(SRGB);
		// right-to-left runs (a name in Arabic script) in reading order, letters joined
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(TextDirection.LTR);
		builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
	}

	private static byte[] font(String resource) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the application: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Font could not be read: " + resource, ex);
		}
	}

}
