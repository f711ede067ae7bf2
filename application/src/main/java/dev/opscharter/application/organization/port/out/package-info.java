@NullMarked
package dev.opscharter.application.organization.port.out;

import org.jspecify.annotations.NullMarked;
