@NullMarked
package dev.opscharter.application.charter.port.in;

import org.jspecify.annotations.NullMarked;
