@NullMarked
package dev.opscharter.application.appraisal.port.in;

import org.jspecify.annotations.NullMarked;
