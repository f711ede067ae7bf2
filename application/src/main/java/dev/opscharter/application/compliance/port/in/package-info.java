@NullMarked
package dev.opscharter.application.compliance.port.in;

import org.jspecify.annotations.NullMarked;
