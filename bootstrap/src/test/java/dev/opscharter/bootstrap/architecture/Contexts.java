package dev.opscharter.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.regex.Pattern;

/**
 * Assigns every class to its context (organization, charter, appraisal, ...) whatever module it is
 * in, so "no cycles between contexts" holds across layers, not just within one.
 */
final class Contexts implements SliceAssignment {

    private static final Pattern CONTEXT = Pattern.compile(
            "dev\\.opscharter\\.(?:domain|application|adapters\\.persistence|adapters\\.ui|adapters\\.documents)\\.([a-z]+)(?:\\..*)?");

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        var matcher = CONTEXT.matcher(javaClass.getPackageName());
        return matcher.matches() ? SliceIdentifier.of("context " + matcher.group(1)) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return "contexts";
    }
}
