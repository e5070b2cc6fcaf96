/**
 * Sign-in, the second factor, throttling and lockout, security headers, and the signed-in
 * person that every other module scopes its queries by.
 */
@org.springframework.modulith.NamedInterface("security")
package org.onlinelives.platform.security;
