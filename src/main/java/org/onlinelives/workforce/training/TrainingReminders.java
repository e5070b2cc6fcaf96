package org.onlinelives.workforce.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.platform.scheduling.JobLocks;
import org.onlinelives.platform.scheduling.JobLocks.Cadence;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emails people whose refresher is due within 30 days or overdue, when SMTP is
 * configured. Each record gets at most one email per stage: the row claiming it is
 * written first, so two nodes running the job cannot both send it. The home page shows
 * the same refreshers whether or not email is set up.
 */
@Component
public class TrainingReminders {

	private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	private final JobLocks jobs;

	TrainingReminders(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${onlinelives.mail.from}") String from, JobLocks jobs) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
	}

	/** A refresher a person should hear about. */
	record Due(long recordId, String email, String name, String course, LocalDate due, Refresher.Status stage) {
	}

	@Scheduled(cron = "${onlinelives.training.reminders-cron:0 0 7 * * *}", zone = "Europe/London")
	void daily() {
		this.jobs.runOnOneNode("training-reminders", Cadence.DAILY, this::sendDue);
	}

	/** Sends the reminders due today; returns how many were sent. */
	public int sendDue() {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(Training.UK));
		int sent = 0;
		for (Due due : pending(today)) {
			if (claim(due) && send(mailSender, due)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The latest record of each course per active person, with its refresher's stage
	 * today.
	 */
	private List<Due> pending(LocalDate today) {
		return this.jdbc.sql("""
				select r.id, u.email, u.display_name, c.title, r.completed_on, c.refresh_months
				from training_record r
				join training_course c on c.id = r.course_id
				join app_user u on u.id = r.user_id
				where u.active = true and c.retired = false
				  and not exists (select 1 from training_record later
				                  where later.user_id = r.user_id and later.course_id = r.course_id
				                    and later.completed_on > r.completed_on)""").query((rs, row) -> {
			LocalDate due = rs.getObject(5, LocalDate.class).plusMonths(rs.getInt(6));
			return new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), due,
					Refresher.statusOn(due, today));
		}).list().stream().filter((due) -> due.stage() != Refresher.Status.CURRENT).toList();
	}

	private boolean claim(Due due) {
		try {
			return this.jdbc.sql("insert into training_reminder (record_id, stage, sent_at) values (:r, :s, :at)")
				.param("r", due.recordId())
				.param("s", due.stage().name())
				.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update() == 1;
		}
		catch (DuplicateKeyException alreadySent) {
			return false;
		}
	}

	private boolean send(JavaMailSender mailSender, Due due) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(due.email());
		boolean overdue = due.stage() == Refresher.Status.OVERDUE;
		message.setSubject(overdue ? "Your online safety training refresher is overdue"
				: "Your online safety training refresher is due soon");
		message.setText("""
				Dear %s,

				Your refresher for "%s" %s %s.

				Apps and online risks change quickly, so the partnership asks for this course to be refreshed.
				When you have taken it again, record it under Training in Online Lives.
				""".formatted(due.name(), due.course(), overdue ? "was due on" : "is due on", DATE.format(due.due())));
		try {
			mailSender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not email a training reminder for record {}: {}", due.recordId(), ex.getMessage());
			return false;
		}
	}

}
