/** The complaints context's store in PostgreSQL ({@code complaint_day} and {@code major_complaint}, V34). */
@NullMarked
package dev.opscharter.adapters.persistence.complaints;

import org.jspecify.annotations.NullMarked;
