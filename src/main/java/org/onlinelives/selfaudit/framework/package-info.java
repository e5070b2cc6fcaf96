/**
 * The audit framework as content: six sections of six statements, the 0 to 4 scale and
 * per-section guidance, loaded and checked from {@code selfaudit/framework-v1.json}.
 */
package org.onlinelives.selfaudit.framework;
