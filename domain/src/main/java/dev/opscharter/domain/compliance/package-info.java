/**
 * Process compliance (流程合规性检查): the process manual (processes, versions, ordered steps with
 * roles and time limits), the cases the business ran, and the rules that judge every case against
 * the version in force when it started.
 */
@NullMarked
package dev.opscharter.domain.compliance;

import org.jspecify.annotations.NullMarked;
