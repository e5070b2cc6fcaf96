package org.onlinelives.families.web;

import org.onlinelives.families.packs.Packs;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An advice pack's public page: anyone with its address reads it without signing in (the
 * platform's security settings let {@value #PATH} through). It shows the advice and the
 * services' own public contact details, nothing about staff or any young person.
 */
@Controller
class PublicPackController {

	static final String PATH = "/help/packs/";

	private final Packs packs;

	PublicPackController(Packs packs) {
		this.packs = packs;
	}

	@GetMapping(PATH + "{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("pack",
				this.packs.publicPack(slug).orElseThrow(() -> new RecordNotFoundException("advice pack", slug)));
		return "families/public-pack";
	}

}
