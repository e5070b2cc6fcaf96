package org.onlinelives.platform.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a person their unused account will be deactivated, when SMTP is configured
 * ({@code spring.mail.host}). Without it the warning is in the access log and on the
 * administrators' list only.
 */
@Component
class DormancyMail {

	private static final Logger log = LoggerFactory.getLogger(DormancyMail.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	DormancyMail(ObjectProvider<JavaMailSender> sender, @Value("${onlinelives.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean send(User user, Instant deactivationDue) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(user.getEmail());
		message.setSubject("Your Online Lives account will be deactivated unless you sign in");
		message.setText("""
				Dear %s,

				Nobody has signed in to your Online Lives account for a long time. To keep the records it
				can see safe, it will be deactivated on %s unless you sign in before then.

				If you no longer need it, you do not need to do anything. If it is deactivated and you need
				it again, ask your partnership's administrator to reactivate it.
				""".formatted(user.getDisplayName(), DATE.format(deactivationDue)));
		try {
			mailSender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not email the unused-account warning to person {}: {}", user.getId(), ex.getMessage());
			return false;
		}
	}

}
