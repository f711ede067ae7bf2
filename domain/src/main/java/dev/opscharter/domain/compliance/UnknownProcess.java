package dev.opscharter.domain.compliance;

/** Cases of a process the manual does not define: reported with their size, not judged. */
public record UnknownProcess(String processCode, long cases, long events) {
}
