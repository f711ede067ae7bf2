package dev.opscharter.adapters.ui.shared;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.shared.RecordType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's areas: every record a use case audits is found in one, and each has its name in the bundles. */
class AuditContextTest {

    @Test
    void the_teams_and_the_collaborations_records_are_found_in_their_areas() {
        assertThat(Stream.of("TrainingPlan", "AppraisalResult").map(AuditContext::of))
                .allSatisfy(c -> assertThat(c).contains(AuditContext.TEAM));
        assertThat(Stream.of("Meeting", "MeetingSeries", "CrossDepartmentProject", "Conflict", "ResolutionPlan")
                .map(AuditContext::of)).allSatisfy(c -> assertThat(c).contains(AuditContext.COLLABORATION));
        assertThat(AuditContext.of("RiskReview")).contains(AuditContext.RISKS);
        assertThat(AuditContext.of("IncidentType")).contains(AuditContext.INCIDENTS);
        assertThat(AuditContext.of("MajorComplaint")).contains(AuditContext.COMPLAINTS);
        assertThat(AuditContext.of("NoSuchRecord")).isEmpty();
    }

    @Test
    void every_record_type_a_service_declares_belongs_to_an_area() throws Exception {
        var declared = declaredRecordTypes();
        assertThat(declared).as("the scan finds the services' record types")
                .contains("Department", "Charter", "TrainingPlan", "Meeting", "Risk", "MajorComplaint");
        assertThat(declared).allSatisfy(type -> assertThat(AuditContext.of(type)).as(type).isPresent());
    }

    @Test
    void no_record_type_is_in_two_areas() {
        var areaOf = new HashMap<String, AuditContext>();
        for (var context : AuditContext.values()) {
            context.types().forEach(type -> assertThat(areaOf.put(type, context)).as(type).isNull());
        }
    }

    @Test
    void every_area_and_every_record_type_in_it_is_named_in_the_bundles() {
        var bundles = Messages.bundled();
        assertThat(AuditContext.values()).allSatisfy(c -> assertThat(bundles.has(c.textKey())).as(c.textKey()).isTrue());
        assertThat(Arrays.stream(AuditContext.values()).flatMap(c -> c.types().stream()))
                .allSatisfy(type -> assertThat(bundles.has("audit.entity." + type)).as(type).isTrue());
    }

    /**
     * The entity names the application's services audit under: their {@link RecordType} constants and their
     * {@code ENTITY}/{@code *_ENTITY} names (a literal passed straight to the audit is not seen).
     */
    private static Set<String> declaredRecordTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        var location = Path.of(RecordType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var types = new TreeSet<String>();
        if (Files.isDirectory(location)) {
            collect(location, types);
        } else {
            try (var jar = FileSystems.newFileSystem(location)) {
                collect(jar.getPath("/"), types);
            }
        }
        return types;
    }

    private static void collect(Path root, Set<String> types) throws IOException, ClassNotFoundException {
        var base = root.resolve("dev/opscharter/application");
        try (var files = Files.walk(base)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/service/"))
                    .toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                types.addAll(entityNames(Class.forName(name, false, AuditContextTest.class.getClassLoader())));
            }
        }
    }

    private static Set<String> entityNames(Class<?> type) {
        var names = new TreeSet<String>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            boolean recordType = field.getType() == RecordType.class;
            boolean entity = field.getType() == String.class && Modifier.isFinal(field.getModifiers())
                    && (field.getName().equals("ENTITY") || field.getName().endsWith("_ENTITY"));
            if (recordType || entity) {
                field.setAccessible(true);
                names.add(valueOf(field));
            }
        }
        return names;
    }

    private static String valueOf(Field field) {
        try {
            var value = field.get(null);
            return value instanceof RecordType<?, ?> recordType ? recordType.entity() : (String) value;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field.toString(), e);
        }
    }
}
