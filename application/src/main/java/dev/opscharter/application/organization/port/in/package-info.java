@NullMarked
package dev.opscharter.application.organization.port.in;

import org.jspecify.annotations.NullMarked;
