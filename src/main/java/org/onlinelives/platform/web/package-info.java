/**
 * What every page shares: the layout's model (signed-in person, navigation), select
 * options, and the one place where missing or out-of-scope records become a 404.
 */
@org.springframework.modulith.NamedInterface("web")
package org.onlinelives.platform.web;
