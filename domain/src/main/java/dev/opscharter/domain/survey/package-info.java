/**
 * Cross-department collaboration satisfaction surveys (跨部门协作满意度调研, SPEC §3): campaigns with
 * their questionnaire and window, anonymous responses, and the results disclosed only for groups
 * large enough that no respondent can be singled out.
 */
@NullMarked
package dev.opscharter.domain.survey;

import org.jspecify.annotations.NullMarked;
