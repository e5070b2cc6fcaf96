/**
 * Online Lives: a web application that helps a children's safeguarding partnership bring
 * young people's online lives into safeguarding practice. One sub-package per module.
 */
package org.onlinelives;
