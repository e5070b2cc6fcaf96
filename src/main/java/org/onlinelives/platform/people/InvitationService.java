package org.onlinelives.platform.people;

import org.onlinelives.platform.people.internal.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Inviting people and accepting invitations. The token appears once, in the link; only
 * its SHA-256 is stored, so a copy of the database cannot be used to join.
 */
@Service
public class InvitationService {

	private final Invitations invitations;

	private final Users users;

	private final PasswordEncoder passwords;

	private final AccessLog accessLog;

	private final InvitationMail mail;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	private final SecureRandom random = new SecureRandom();

	/** The scope's most recent invitations (up to 200), newest first. */
	@Transactional(readOnly = true)
	public List<Invitation> recent(PeopleScope scope) {
		return this.invitations.recent(scope.partnershipId(), scope.agencyId());
	}

	InvitationService(Invitations invitations, Users users, PasswordEncoder passwords, AccessLog accessLog,
			InvitationMail mail, Clock clock, @Value("${onlinelives.invitation.validity}") Duration validity,
			@Value("${onlinelives.base-url:}") String baseUrl) {
		this.invitations = invitations;
		this.users = users;
		this.passwords = passwords;
		this.accessLog = accessLog;
		this.mail = mail;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl;
	}

	/**
	 * What the inviter is shown once, on the next page: it travels there in the session
	 * (which is in the database), so it is Serializable and holds only what the page
	 * shows.
	 */
	public record SentInvitation(String email, Instant expiresAt, String link,
			boolean emailed) implements java.io.Serializable {
	}

	@Transactional
	public SentInvitation invite(SignedInUser inviter, Long agencyId, Long teamId, String email, String name,
			Set<Role> roles, String partnershipName) {
		PeopleScope scope = PeopleScope.of(inviter);
		if (roles.isEmpty() || !scope.assignableRoles().containsAll(roles)) {
			throw new IllegalArgumentException("Role not assignable by this manager");
		}
		if (!scope.covers(agencyId) || !PeopleAdministration.fitsWhereTheyWork(agencyId, roles)) {
			throw new IllegalArgumentException("Agency not in this manager's scope");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Invitation invitation = this.invitations.save(Invitation.create(inviter.partnershipId(), agencyId, teamId,
				email, name.strip(), roles, hash(token), inviter.id(), now, now.plus(this.validity)));
		String link = baseUrl() + "/invitations/" + token;
		boolean emailed = this.mail.send(invitation, link, inviter.displayName(), partnershipName);
		this.accessLog.record(inviter, AccessEvent.INVITATION_SENT, "invitation", invitation.getId(),
				invitation.getEmail() + " as " + Role.inWords(roles)
						+ (emailed ? ", emailed" : ", link shown to inviter"));
		return new SentInvitation(invitation.getEmail(), invitation.getExpiresAt(), link, emailed);
	}

	public boolean emailInUse(String email) {
		return this.users.existsByEmail(User.normaliseEmail(email));
	}

	/**
	 * Whether someone with this email already has an invitation they can still accept.
	 */
	public boolean awaitingAcceptance(String email) {
		return this.invitations.findByEmail(User.normaliseEmail(email))
			.stream()
			.anyMatch((invitation) -> invitation.isOpen(this.clock.instant()));
	}

	/** An invitation that can still be accepted. */
	public Optional<Invitation> open(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(hash(token)).filter((i) -> i.isOpen(this.clock.instant()));
	}

	@Transactional
	public User accept(String token, String name, String password) {
		Invitation invitation = open(token).orElseThrow(() -> new RecordNotFoundException("invitation", "token"));
		if (emailInUse(invitation.getEmail())) {
			throw new EmailAlreadyInUse();
		}
		Instant now = this.clock.instant();
		invitation.accept(now);
		this.invitations.save(invitation);
		User user = this.users
			.save(User.create(invitation.getPartnershipId(), invitation.getAgencyId(), invitation.getTeamId(),
					invitation.getEmail(), name.strip(), this.passwords.encode(password), invitation.roleSet(), now));
		this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
				AccessEvent.INVITATION_ACCEPTED, "invitation " + invitation.getId());
		return user;
	}

	/**
	 * Accepts the newest open invitation for an address the identity provider has
	 * verified, for someone who signs in through single sign-on before setting a
	 * password. The account gets a random password that no one knows: they sign in
	 * through the provider.
	 */
	@Transactional
	public Optional<User> acceptForVerifiedEmail(String email) {
		String address = User.normaliseEmail(email);
		if (address == null || emailInUse(address)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<Invitation> open = this.invitations.findByEmail(address)
			.stream()
			.filter((invitation) -> invitation.isOpen(now))
			.max(java.util.Comparator.comparing(Invitation::getCreatedAt));
		if (open.isEmpty()) {
			return Optional.empty();
		}
		Invitation invitation = open.get();
		invitation.accept(now);
		this.invitations.save(invitation);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		User user = this.users.save(User.create(invitation.getPartnershipId(), invitation.getAgencyId(),
				invitation.getTeamId(), invitation.getEmail(), invitation.getDisplayName(),
				this.passwords.encode(Base64.getEncoder().encodeToString(bytes)), invitation.roleSet(), now));
		this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
				AccessEvent.INVITATION_ACCEPTED, "invitation " + invitation.getId() + " through single sign-on");
		return Optional.of(user);
	}

	@Transactional
	public void revoke(SignedInUser manager, long invitationId) {
		PeopleScope scope = PeopleScope.of(manager);
		Invitation invitation = (scope.administrator()
				? this.invitations.findByIdAndPartnershipId(invitationId, scope.partnershipId()) : this.invitations
					.findByIdAndPartnershipIdAndAgencyId(invitationId, scope.partnershipId(), scope.agencyId()))
			.orElseThrow(() -> new RecordNotFoundException("invitation", invitationId));
		invitation.revoke(this.clock.instant());
		this.invitations.save(invitation);
		this.accessLog.record(manager, AccessEvent.INVITATION_REVOKED, "invitation", invitationId, null);
	}

	/** The configured public address, or else the address this request came to. */
	private String baseUrl() {
		if (this.baseUrl != null && !this.baseUrl.isBlank()) {
			return this.baseUrl.replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	/**
	 * The invited email address has an account already (accepted through another
	 * invitation).
	 */
	public static class EmailAlreadyInUse extends RuntimeException {

		EmailAlreadyInUse() {
			super("An account with this email address already exists");
		}

	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
