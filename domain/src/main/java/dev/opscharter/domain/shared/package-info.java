/** The shared kernel: values every context uses (roles, bilingual names, validation, the audit record). */
@NullMarked
package dev.opscharter.domain.shared;

import org.jspecify.annotations.NullMarked;
