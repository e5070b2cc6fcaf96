package org.onlinelives.selfaudit.framework;

/**
 * Where the framework's content comes from, shown on screen with it.
 *
 * @param title the published document's title
 * @param publisher who published it
 * @param authors who wrote it
 * @param seed the seed file the content was taken from
 * @param note how the product's wording relates to the source
 */
public record FrameworkSource(String title, String publisher, String authors, String seed, String note) {

}
