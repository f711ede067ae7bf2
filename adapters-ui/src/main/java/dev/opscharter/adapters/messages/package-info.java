/**
 * The message bundles, shared by the three adapters that speak to people: screens ({@code adapters.ui}),
 * documents ({@code adapters.documents}) and notifications ({@code adapters.notifications}). Plain Java, no Vaadin.
 */
@NullMarked
package dev.opscharter.adapters.messages;

import org.jspecify.annotations.NullMarked;
