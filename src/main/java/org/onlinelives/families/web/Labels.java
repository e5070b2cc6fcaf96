package org.onlinelives.families.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.web.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Choices for select lists, each named in words from the messages. */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	/** An "any" choice, then one choice per constant, labelled prefix + name. */
	List<SelectOption> choices(String anyKey, String prefix, Enum<?>[] values) {
		List<SelectOption> options = new ArrayList<>();
		options.add(new SelectOption("", message(anyKey)));
		for (Enum<?> value : values) {
			options.add(new SelectOption(value.name(), message(prefix + value.name())));
		}
		return options;
	}

	String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
