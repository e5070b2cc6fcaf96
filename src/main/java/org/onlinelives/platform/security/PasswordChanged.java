package org.onlinelives.platform.security;

/**
 * A person changed their password. Anything that authenticates as them without it (API
 * tokens) must stop working at once, so listeners handle this synchronously.
 *
 * @param userId who
 * @param partnershipId their partnership
 */
public record PasswordChanged(long userId, long partnershipId) {
}
