@NullMarked
package dev.opscharter.application.charter.port.out;

import org.jspecify.annotations.NullMarked;
