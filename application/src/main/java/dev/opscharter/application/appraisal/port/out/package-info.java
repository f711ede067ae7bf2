@NullMarked
package dev.opscharter.application.appraisal.port.out;

import org.jspecify.annotations.NullMarked;
