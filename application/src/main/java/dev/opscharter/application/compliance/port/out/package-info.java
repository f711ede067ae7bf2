@NullMarked
package dev.opscharter.application.compliance.port.out;

import org.jspecify.annotations.NullMarked;
