/** The efficiency use cases and its scorecard source. */
@NullMarked
package dev.opscharter.application.efficiency.service;

import org.jspecify.annotations.NullMarked;
