package org.onlinelives.platform.people;

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
 * Emails an invitation when SMTP is configured ({@code spring.mail.host}). Without it, or
 * if sending fails, the inviter is shown the link to pass on themselves.
 */
@Component
class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	InvitationMail(ObjectProvider<JavaMailSender> sender, @Value("${onlinelives.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean send(Invitation invitation, String link, String inviterName, String partnershipName) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(invitation.getEmail());
		message.setSubject("You have been invited to Online Lives");
		message.setText("""
				Dear %s,

				%s has invited you to use Online Lives for %s.

				To accept, open this link and choose a password:
				%s

				The link works once and expires on %s. If you were not expecting this invitation, you can ignore
				this email.
				""".formatted(invitation.getDisplayName(), inviterName, partnershipName, link,
				DATE.format(invitation.getExpiresAt())));
		try {
			mailSender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not email invitation {}: {}", invitation.getId(), ex.getMessage());
			return false;
		}
	}

}
