/**
 * Cross-department collaboration (跨部门协同): the recurring meetings with their agenda, minutes, decisions and
 * action items, the projects and launches with each department's part, their milestones and a timeline, and the
 * conflict register with its standing resolution plans.
 */
@NullMarked
package dev.opscharter.adapters.ui.collaboration;

import org.jspecify.annotations.NullMarked;
