/** The complaints use cases on the kit's {@link dev.opscharter.application.shared.UseCase}. */
@NullMarked
package dev.opscharter.application.complaints.service;

import org.jspecify.annotations.NullMarked;
