/**
 * Young person's online-life assessment (PRODUCT.md §4): vulnerability factors, high-risk
 * scenarios, the 10 Cs map, and the flags and procedure prompts that support judgement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Online-life assessment")
package org.onlinelives.assessment;
