/**
 * Youth survey: an anonymous yearly survey of young people's online lives (seed 000
 * introduction), a bitmap index over the answers, and the analysis by vulnerable group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Youth survey",
		allowedDependencies = { "platform :: security", "platform :: people", "platform :: web",
				"platform :: accesslog", "platform :: disclosure", "families" })
package org.onlinelives.survey;
