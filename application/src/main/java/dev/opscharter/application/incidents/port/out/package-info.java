/** Where the incidents and their types are kept. */
@NullMarked
package dev.opscharter.application.incidents.port.out;

import org.jspecify.annotations.NullMarked;
