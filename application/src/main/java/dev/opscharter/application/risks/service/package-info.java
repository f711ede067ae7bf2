/**
 * The risk register's use cases on the kit's {@link dev.opscharter.application.shared.UseCase}: risks kept and
 * signed off, key risk indicators' figures with the contingency plan raised on a breach, and the reviews.
 */
@NullMarked
package dev.opscharter.application.risks.service;

import org.jspecify.annotations.NullMarked;
