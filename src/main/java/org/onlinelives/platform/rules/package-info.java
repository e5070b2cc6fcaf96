/**
 * The one shape of an aggregate's refusal: every broken rule with the form field it
 * concerns and a message key, for pages to show together and the API to name.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.onlinelives.platform.rules;
