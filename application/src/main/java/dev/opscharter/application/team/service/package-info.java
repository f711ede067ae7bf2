/** The team's use cases and its indicator source. */
@NullMarked
package dev.opscharter.application.team.service;

import org.jspecify.annotations.NullMarked;
