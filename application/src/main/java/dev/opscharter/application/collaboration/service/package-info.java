/**
 * Collaboration's use cases on the kit's {@link dev.opscharter.application.shared.UseCase}: meetings scheduled from
 * their series, minutes whose action items become charter work items, conflicts resolved by agreement or plan.
 */
@NullMarked
package dev.opscharter.application.collaboration.service;

import org.jspecify.annotations.NullMarked;
