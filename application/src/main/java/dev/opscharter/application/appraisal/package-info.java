@NullMarked
package dev.opscharter.application.appraisal;

import org.jspecify.annotations.NullMarked;
