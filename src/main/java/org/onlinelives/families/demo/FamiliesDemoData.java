package org.onlinelives.families.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.families.packs.PackDetails;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.platform.organisation.DemoPartnershipCreated;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the platform's demo loader has created the fictional partnership, fills its help
 * directory: the national helplines and services the Online lives audit tool and the
 * assessment's prompts name (numbers as those services publish them), fictional local
 * contacts on Ofcom's drama numbers (01632 960xxx), one entry past its review date so the
 * administrator's home page shows it, and two advice packs.
 */
@Component
@Profile("demo")
class FamiliesDemoData {

	private static final Logger log = LoggerFactory.getLogger(FamiliesDemoData.class);

	private static final Set<HelpTopic> EVERY_C = EnumSet.allOf(HelpTopic.class);

	private final Directory directory;

	private final Packs packs;

	private final PeopleDirectory users;

	private final Clock clock;

	FamiliesDemoData(Directory directory, Packs packs, PeopleDirectory users, Clock clock) {
		this.directory = directory;
		this.packs = packs;
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void partnershipCreated(DemoPartnershipCreated event) {
		Optional<User> administrator = this.users.peopleOf(event.partnershipId(), null)
			.stream()
			.filter((user) -> user.hasRole(Role.PARTNERSHIP_ADMIN))
			.findFirst();
		if (administrator.isEmpty()) {
			log.warn("Help directory demo data skipped: the demo partnership has no administrator");
			return;
		}
		SignedInUser admin = new SignedInUser(administrator.get(), false, false);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> ids = new HashMap<>();
		for (EntryDetails entry : entries(today)) {
			ids.put(entry.name(), this.directory.add(admin, entry, admin.email()).entry().id());
		}
		this.packs.add(admin, new PackDetails("Sharing pictures",
				"For parents and carers of a child whose picture has been shared, or who has been asked for one.",
				"""
						Stay calm and listen. Tell your child it is not their fault and that they did the right thing by telling you.

						- Do not look at, copy or forward the picture, even to show someone who can help
						- Report it to the site or app where it was shared as soon as you can: the sooner, the easier it is to take down
						- Under 18s can ask Childline and the Internet Watch Foundation to remove it with Report Remove
						- If someone is threatening your child, or asking for money or more pictures, do not pay: report it to the police and CEOP

						Keep an eye on how your child is feeling in the weeks afterwards, even if they seem fine. If you are worried about their safety, talk to your GP or call one of the helplines below.""",
				List.of(ids.get("Report Remove"), ids.get("CEOP"), ids.get("Childline"), ids.get("NSPCC helpline"))));
		this.packs.add(admin, new PackDetails("Gaming and spending",
				"For parents and carers of children who play games online.",
				"""
						Games are part of how many young people make and keep friends. Play with them now and then, and ask what they enjoy and who they play with.

						- Agree a spending limit together and turn off in-app purchases on the device
						- Talk about loot boxes and paid extras: they are designed to keep players spending
						- Remind them that people they meet in games are not always who they say they are

						Taking the device away is a last resort. Children who fear losing their phone or console are less likely to tell you when something goes wrong.""",
				List.of(ids.get("Internet Matters: parental controls"), ids.get("Harbour Lane Gaming Drop-in"),
						ids.get("The Mix"), ids.get("Childline"))));
	}

	private static List<EntryDetails> entries(LocalDate today) {
		LocalDate review = today.plusMonths(6);
		return List.of(entry("Childline", ServiceKind.HELPLINE,
				"Free, confidential help for children and young people about anything, by phone or online chat.",
				Set.of(Audience.YOUNG_PEOPLE), EVERY_C, Reach.NATIONAL, null, 18, "0800 1111",
				"https://www.childline.org.uk", "Any time, day or night", review),
				entry("The Mix", ServiceKind.HELPLINE,
						"Free support for under 25s about anything, from mental health to money, by phone, chat or online community.",
						Set.of(Audience.YOUNG_PEOPLE), EVERY_C, Reach.NATIONAL, null, 24, "0808 808 4994",
						"https://www.themix.org.uk", null, review),
				entry("Kooth", ServiceKind.COUNSELLING_AND_SUPPORT,
						"Free, anonymous online counselling and support for young people.",
						Set.of(Audience.YOUNG_PEOPLE), EVERY_C, Reach.NATIONAL, null, null, null,
						"https://www.kooth.com", null, review),
				entry("Youth Access", ServiceKind.COUNSELLING_AND_SUPPORT,
						"Finds local advice and counselling services for young people.", Set.of(Audience.YOUNG_PEOPLE),
						EVERY_C, Reach.NATIONAL, null, null, null, "https://www.youthaccess.org.uk", null, review),
				entry("CEOP", ServiceKind.REPORTING,
						"Report online sexual abuse, or an adult trying to contact a child for sex, to the police's child protection command.",
						Set.of(Audience.YOUNG_PEOPLE, Audience.PARENTS_AND_CARERS),
						Set.of(HelpTopic.CONTACT, HelpTopic.CONDUCT, HelpTopic.COMMUNITIES), Reach.NATIONAL, null, 17,
						null, "https://www.ceop.police.uk/ceop-reporting", "Any time", review),
				entry("Report Remove", ServiceKind.REPORTING,
						"Childline and the Internet Watch Foundation help under 18s get a nude picture or video of themselves taken down.",
						Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.CONTACT, HelpTopic.CONDUCT), Reach.NATIONAL,
						null, 17, null, "https://www.childline.org.uk/remove", null, review),
				entry("Revenge Porn Helpline", ServiceKind.REPORTING,
						"Supports adults whose intimate pictures have been shared, or are threatened to be, to get them taken down; its StopNCII.org tool helps stop them being shared.",
						Set.of(Audience.YOUNG_PEOPLE, Audience.PROFESSIONALS),
						Set.of(HelpTopic.CONTACT, HelpTopic.CONDUCT), Reach.NATIONAL, 18, null, "0345 6000 459",
						"https://revengepornhelpline.org.uk", null, review),
				entry("NSPCC helpline", ServiceKind.HELPLINE,
						"Advice for adults worried about a child, including about something that happened online.",
						Set.of(Audience.PARENTS_AND_CARERS, Audience.PROFESSIONALS), EVERY_C, Reach.NATIONAL, null,
						null, "0808 800 5000", "https://www.nspcc.org.uk", null, review),
				entry("Internet Matters: parental controls", ServiceKind.ADVICE_AND_GUIDES,
						"Step-by-step guides to parental controls on phones, games consoles, apps and broadband.",
						Set.of(Audience.PARENTS_AND_CARERS),
						Set.of(HelpTopic.CONTENT, HelpTopic.COMMERCE, HelpTopic.COMMUNITIES), Reach.NATIONAL, null,
						null, null, "https://www.internetmatters.org/parental-controls/", null, review),
				entry("Harbour Lane Gaming Drop-in", ServiceKind.COUNSELLING_AND_SUPPORT,
						"A weekly drop-in for young gamers and their parents: safe play, spending and online friends.",
						Set.of(Audience.YOUNG_PEOPLE, Audience.PARENTS_AND_CARERS),
						Set.of(HelpTopic.CONDUCT, HelpTopic.COMMERCE, HelpTopic.COMMUNITIES), Reach.LOCAL, 11, 18,
						"01632 960 210", null, "Thursdays 4pm to 7pm", review),
				entry("Northbrook Children's Advice and Support Service", ServiceKind.CHILDRENS_SOCIAL_CARE_FRONT_DOOR,
						null, Set.of(Audience.PROFESSIONALS), EVERY_C, Reach.LOCAL, null, null, "01632 960 200", null,
						"Monday to Friday 9am to 5pm; out of hours, the emergency duty team on 01632 960 209", review),
				entry("Northbrook LADO", ServiceKind.LADO, null, Set.of(Audience.PROFESSIONALS), EVERY_C, Reach.LOCAL,
						null, null, "01632 960 201", null, "Monday to Friday 9am to 5pm", today.minusDays(10)),
				entry("Northbrook Police online child abuse team", ServiceKind.POLICE, null,
						Set.of(Audience.PROFESSIONALS), EVERY_C, Reach.LOCAL, null, null, "01632 960 202", null,
						"In an emergency call 999", review),
				entry("Northbrook CAMHS crisis line", ServiceKind.MENTAL_HEALTH_CRISIS, null,
						Set.of(Audience.PROFESSIONALS, Audience.PARENTS_AND_CARERS), EVERY_C, Reach.LOCAL, null, 18,
						"01632 960 203", null, "Any time", review));
	}

	private static EntryDetails entry(String name, ServiceKind kind, String description, Set<Audience> audiences,
			Set<HelpTopic> topics, Reach reach, Integer minAge, Integer maxAge, String phone, String webAddress,
			String hours, LocalDate review) {
		return new EntryDetails(name, kind, description, audiences, topics, reach, minAge, maxAge, phone, null,
				webAddress, hours, review);
	}

}
