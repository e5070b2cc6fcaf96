/**
 * What the partnership asks its staff to read and acknowledge: bulletins sent to chosen
 * roles and agencies, and the professional code of conduct. Other modules read an
 * agency's code-of-conduct coverage through
 * {@link org.onlinelives.workforce.bulletins.ConductCoverageQuery}.
 */
@org.springframework.modulith.NamedInterface("bulletins")
package org.onlinelives.workforce.bulletins;
