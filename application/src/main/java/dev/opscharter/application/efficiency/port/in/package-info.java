/** What the efficiency context offers its inbound adapters: projects, benchmarks and tools. */
@NullMarked
package dev.opscharter.application.efficiency.port.in;

import org.jspecify.annotations.NullMarked;
