/** The incidents use cases on the kit's {@link dev.opscharter.application.shared.UseCase}. */
@NullMarked
package dev.opscharter.application.incidents.service;

import org.jspecify.annotations.NullMarked;
