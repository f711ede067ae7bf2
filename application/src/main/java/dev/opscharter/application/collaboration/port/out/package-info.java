/** What collaboration needs kept: meeting series, meetings, conflicts and the standing resolution plans. */
@NullMarked
package dev.opscharter.application.collaboration.port.out;

import org.jspecify.annotations.NullMarked;
