@NullMarked
package dev.opscharter.application.costs.port.out;

import org.jspecify.annotations.NullMarked;
