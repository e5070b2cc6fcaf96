package org.onlinelives.assessment.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the assessment catalogue from JSON and refuses it unless
 * {@link CatalogueValidator} finds nothing wrong. A catalogue with a mistake must stop
 * the application starting rather than show a practitioner wrong or missing prompts.
 */
public final class CatalogueLoader {

	/** The classpath location of the current catalogue. */
	public static final String CURRENT = "/assessment/catalogue-v1.json";

	// Unknown or missing properties are refused so that a typo in the JSON cannot
	// silently drop content.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	private CatalogueLoader() {
	}

	/**
	 * Loads and validates the current catalogue from the classpath.
	 * @return the catalogue
	 * @throws InvalidCatalogueException if it is missing, unreadable or invalid
	 */
	public static Catalogue loadCurrent() {
		try (InputStream json = CatalogueLoader.class.getResourceAsStream(CURRENT)) {
			if (json == null) {
				throw new InvalidCatalogueException(List.of(CURRENT + " is not on the classpath"));
			}
			return load(json);
		}
		catch (IOException ex) {
			throw new InvalidCatalogueException("could not read " + CURRENT, ex);
		}
	}

	/**
	 * Loads and validates a catalogue from JSON.
	 * @param json the JSON
	 * @return the catalogue
	 * @throws InvalidCatalogueException if it is unreadable or invalid
	 */
	public static Catalogue load(InputStream json) {
		Catalogue catalogue;
		try {
			catalogue = MAPPER.readValue(json, Catalogue.class);
		}
		catch (JacksonException ex) {
			throw new InvalidCatalogueException(ex.getOriginalMessage() + " at " + ex.getPathReference(), ex);
		}
		CatalogueValidator.validate(catalogue);
		return catalogue;
	}

}
