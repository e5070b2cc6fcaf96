package org.onlinelives.assessment.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.ProcedurePrompt;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.rules.AssessmentFacts;
import org.onlinelives.families.HelpDirectory;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.Signposting;
import org.onlinelives.families.SignpostingNeed;
import org.springframework.stereotype.Component;

/**
 * The partnership's help directory for each procedure prompt, read through the families
 * module's published {@link HelpDirectory} query: the local contacts a prompt names, and
 * for the signposting prompts the entries that fit the case's Cs and the young person's
 * age.
 */
@Component
class PromptContacts {

	/** The prompts that point the young person (and family) to help. */
	static final String SIGNPOSTING = "SIGNPOSTING";

	static final String SIGNPOSTING_YOUNG_PERSON_ONLY = "SIGNPOSTING_YOUNG_PERSON_ONLY";

	/**
	 * The 10 Cs that are one of the directory's Cs under another name. The other 10 Cs
	 * (context, confidentiality, connection, compatibility, consumption, composite) span
	 * several Cs, so a high rating there adds none.
	 */
	static final Map<String, HelpTopic> TEN_CS_TOPICS = Map.of("CONTENT", HelpTopic.CONTENT, "CONTACT",
			HelpTopic.CONTACT, "CONDUCT", HelpTopic.CONDUCT, "COMMERCIAL_PERSONAL_PROFESSIONAL_VALUE",
			HelpTopic.COMMERCE);

	private final HelpDirectory directory;

	private final Catalogue catalogue;

	PromptContacts(HelpDirectory directory, Catalogue catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
		// A misspelt kind would silently show no contacts: refuse it at start-up
		for (ProcedurePrompt prompt : catalogue.procedurePrompts()) {
			for (String kind : prompt.localContacts()) {
				if (Arrays.stream(ServiceKind.values()).noneMatch((service) -> service.name().equals(kind))) {
					throw new IllegalStateException(
							"Procedure prompt " + prompt.code() + " names an unknown contact service: " + kind);
				}
			}
		}
	}

	/**
	 * The local contacts of every prompt, by prompt code.
	 * @param partnershipId the signed-in person's partnership
	 * @return the contacts of each prompt, empty where the directory has none
	 */
	Map<String, List<HelpEntry>> forPartnership(long partnershipId) {
		List<HelpEntry> all = this.directory.forServices(partnershipId, List.of(ServiceKind.values()));
		Map<String, List<HelpEntry>> byPrompt = new LinkedHashMap<>();
		for (ProcedurePrompt prompt : this.catalogue.procedurePrompts()) {
			byPrompt.put(prompt.code(),
					prompt.localContacts()
						.stream()
						.flatMap((kind) -> all.stream().filter((contact) -> contact.kind().name().equals(kind)))
						.toList());
		}
		return byPrompt;
	}

	/**
	 * The directory entries for each signposting prompt shown, by prompt code.
	 * @param partnershipId the signed-in person's partnership
	 * @param facts what the assessment records, with the young person's age
	 * @param promptCodes the prompts shown
	 * @return the matching entries of each signposting prompt among them
	 */
	Map<String, Signposting> signposting(long partnershipId, AssessmentFacts facts, Collection<String> promptCodes) {
		Map<String, Signposting> byPrompt = new LinkedHashMap<>();
		for (String code : List.of(SIGNPOSTING, SIGNPOSTING_YOUNG_PERSON_ONLY)) {
			if (promptCodes.contains(code)) {
				byPrompt.put(code, this.directory.forSignposting(partnershipId,
						need(facts, this.catalogue.lowestHighRiskLevel(), code.equals(SIGNPOSTING_YOUNG_PERSON_ONLY))));
			}
		}
		return byPrompt;
	}

	/**
	 * What the case needs help with: the Cs of its high-risk scenarios, and the Cs among
	 * the 10 Cs rated high risk (Online lives audit tool: problems in one C predict
	 * problems in the others, so each C found is worth help).
	 */
	static SignpostingNeed need(AssessmentFacts facts, int lowestHighRisk, boolean youngPersonOnly) {
		Set<HelpTopic> topics = EnumSet.noneOf(HelpTopic.class);
		facts.scenarios().forEach((c, codes) -> {
			if (!codes.isEmpty()) {
				topics.add(topic(c));
			}
		});
		facts.tenCsRatings().forEach((code, level) -> {
			if (level >= lowestHighRisk && TEN_CS_TOPICS.containsKey(code)) {
				topics.add(TEN_CS_TOPICS.get(code));
			}
		});
		return new SignpostingNeed(topics, facts.age(), youngPersonOnly);
	}

	/** The assessment groups scenarios by the same five Cs the directory uses. */
	static HelpTopic topic(RiskCategory c) {
		return HelpTopic.valueOf(c.name());
	}

}
