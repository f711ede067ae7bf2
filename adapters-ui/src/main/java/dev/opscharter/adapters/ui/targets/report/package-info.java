/** The screen of the weekly operations data reports: the weeks written, their files, the subscription. */
@NullMarked
package dev.opscharter.adapters.ui.targets.report;

import org.jspecify.annotations.NullMarked;
