package org.onlinelives.platform;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With SMTP configured, an invitation is emailed; the link in the email opens the
 * acceptance page.
 */
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"onlinelives.base-url=https://onlinelives.example" })
class InvitationEmailIntegrationTests extends WebIntegrationTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Test
	void theInvitationIsEmailedWithASingleUseLink() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		String email = "emailed-" + TestData.unique() + "@example.test";
		this.mvc
			.perform(post("/admin/invitations").with(SignedIn.as(admin))
				.with(csrf())
				.param("name", "Emma Emailed")
				.param("email", email)
				.param("agencyId", "")
				.param("roles", "ANALYST"))
			.andExpect(status().is3xxRedirection());
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(message.getSubject()).isEqualTo("You have been invited to Online Lives");
		String body = GreenMailUtil.getBody(message);
		assertThat(body).contains("Emma Emailed").contains(partnership.getName());
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("https://onlinelives\\.example/invitations/([A-Za-z0-9_-]+)")
			.matcher(body);
		assertThat(link.find()).isTrue();
		this.mvc.perform(get("/invitations/" + link.group(1))).andExpect(status().isOk());
	}

}
