/**
 * The scorecard's words on the screens ({@code ScorecardTexts}); its files are written in
 * {@code dev.opscharter.adapters.documents.appraisal}.
 */
@NullMarked
package dev.opscharter.adapters.ui.appraisal.export;

import org.jspecify.annotations.NullMarked;
