@NullMarked
package dev.opscharter.application.shared.port.out;

import org.jspecify.annotations.NullMarked;
