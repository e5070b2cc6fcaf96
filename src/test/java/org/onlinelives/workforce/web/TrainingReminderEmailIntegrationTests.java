package org.onlinelives.workforce.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured, a person whose refresher is overdue is emailed once, and a person
 * whose training is current is not.
 */
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3125" })
class TrainingReminderEmailIntegrationTests extends WebIntegrationTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3125, "127.0.0.1", "smtp"));

	@Autowired
	Training training;

	@Autowired
	TrainingReminders reminders;

	@Test
	void anOverdueRefresherIsEmailedOnceAndACurrentOneNotAtAll() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User lapsed = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		User current = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		Course course = this.training.addCourse(new SignedInUser(admin, false, false),
				new Course.Details("Online bullying " + System.nanoTime(), TrainingLevel.AWARENESS, "Training team", 60,
						List.of(), 12, false));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		this.training.record(new SignedInUser(lapsed, false, false), null, course.getId(), today.minusMonths(14), null);
		this.training.record(new SignedInUser(current, false, false), null, course.getId(), today.minusMonths(1), null);

		this.reminders.sendDue();
		this.reminders.sendDue();

		assertThat(to(lapsed)).hasSize(1);
		MimeMessage message = to(lapsed).get(0);
		assertThat(message.getSubject()).isEqualTo("Your online safety training refresher is overdue");
		assertThat(GreenMailUtil.getBody(message)).contains(course.getTitle()).contains(lapsed.getDisplayName());
		assertThat(to(current)).isEmpty();
	}

	private static List<MimeMessage> to(User user) {
		return Arrays.stream(mail.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(user.getEmail());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
