/** The UI's shared parts: translations, locale formats, form error handling. */
@NullMarked
package dev.opscharter.adapters.ui.shared;

import org.jspecify.annotations.NullMarked;
