package org.onlinelives.assessment.platformlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.PlatformName;

/**
 * The matching rules of the platform list, plain Java: typed names become the list's
 * names where they match one (by {@link PlatformName#key}, or through a merged spelling)
 * and stay as typed "other" text where they do not.
 */
public final class PlatformMatching {

	/**
	 * The list a partnership starts with: platforms young people commonly use, and the
	 * kinds of place (game chat, dating apps) practitioners meet without a single name.
	 */
	public static final List<String> DEFAULTS = List.of("Snapchat", "TikTok", "Instagram", "WhatsApp", "YouTube",
			"Discord", "Roblox", "Fortnite", "Facebook", "X (Twitter)", "Telegram", "Twitch", "Minecraft",
			"Online games chat", "Dating apps");

	private PlatformMatching() {
	}

	/**
	 * What is recorded for typed names, in the order typed, each platform once.
	 * @param names the partnership's list
	 * @param aliases merged spellings: variant key to a name on the list
	 */
	public static List<String> resolve(List<String> typed, List<String> names, Map<String, String> aliases) {
		Map<String, String> byKey = new LinkedHashMap<>();
		names.forEach((name) -> byKey.putIfAbsent(PlatformName.key(name), name));
		Map<String, String> recorded = new LinkedHashMap<>();
		for (String text : typed) {
			String tidy = PlatformName.tidy(text);
			if (tidy.isEmpty()) {
				continue;
			}
			String key = PlatformName.key(tidy);
			String name = byKey.get(key);
			if (name == null && aliases.containsKey(key) && byKey.containsKey(PlatformName.key(aliases.get(key)))) {
				name = byKey.get(PlatformName.key(aliases.get(key)));
			}
			if (name == null) {
				name = tidy;
			}
			recorded.putIfAbsent(PlatformName.key(name), name);
		}
		return new ArrayList<>(recorded.values());
	}

	/**
	 * Recorded names after a merge: the variant, and any spelling of the canonical name,
	 * become the canonical name; each platform is kept once.
	 */
	public static List<String> merge(List<String> recorded, String variant, String canonical) {
		String variantKey = PlatformName.key(variant);
		String canonicalKey = PlatformName.key(canonical);
		Map<String, String> merged = new LinkedHashMap<>();
		for (String name : recorded) {
			String key = PlatformName.key(name);
			String kept = (key.equals(variantKey) || key.equals(canonicalKey)) ? canonical : name;
			merged.putIfAbsent(PlatformName.key(kept), kept);
		}
		return new ArrayList<>(merged.values());
	}

}
