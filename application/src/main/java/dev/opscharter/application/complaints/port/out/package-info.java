/** Where the complaints are kept. */
@NullMarked
package dev.opscharter.application.complaints.port.out;

import org.jspecify.annotations.NullMarked;
