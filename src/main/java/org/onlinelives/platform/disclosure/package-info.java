/**
 * Statistical disclosure control for counts that leave an agency: small non-zero cells
 * suppressed, complementary cells suppressed so no total gives them away, optional
 * rounding to 5. Plain Java, for any module that publishes counts.
 */
@org.springframework.modulith.NamedInterface("disclosure")
package org.onlinelives.platform.disclosure;
