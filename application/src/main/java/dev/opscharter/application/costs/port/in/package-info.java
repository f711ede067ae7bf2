@NullMarked
package dev.opscharter.application.costs.port.in;

import org.jspecify.annotations.NullMarked;
