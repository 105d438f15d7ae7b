/**
 * Where an application starts the library: {@link org.digitalweek.event.domain.boot.Digitalweek}
 * builds the use cases over a store and hands out the in-ports only. The only package that looks
 * stores and formats up with {@link java.util.ServiceLoader} ({@code StoreCatalogue},
 * {@code FormatCatalogue}), so that the rest of the domain receives what it uses.
 */
package org.digitalweek.event.domain.boot;
