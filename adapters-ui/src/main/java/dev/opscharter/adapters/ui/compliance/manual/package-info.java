/**
 * The process manual in the UI (《运营流程手册》): processes with the version in force and every
 * earlier one, the editor for a new process or version, the manual file (YAML) to import and
 * export, and a page to print.
 */
@NullMarked
package dev.opscharter.adapters.ui.compliance.manual;

import org.jspecify.annotations.NullMarked;
