@NullMarked
package dev.opscharter.application.shared.port.in;

import org.jspecify.annotations.NullMarked;
