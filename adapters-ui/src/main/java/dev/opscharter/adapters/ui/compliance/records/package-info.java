/**
 * Execution records: importing the cases the business ran (CSV, plain or gzip) with progress and
 * line-exact refusals, and what is stored per process.
 */
@NullMarked
package dev.opscharter.adapters.ui.compliance.records;

import org.jspecify.annotations.NullMarked;
