/**
 * Notifications as people receive them: the in-app inbox and mail, worded from the shared message bundles.
 * Sent behind the application's {@code Notifications} out-port; no screen, no Vaadin type.
 */
@NullMarked
package dev.opscharter.adapters.notifications;

import org.jspecify.annotations.NullMarked;
