package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * SQL is invisible to Spring Modulith: a module that names another module's view in a string depends on
 * it without {@code verify()} knowing. So a module names another module's view only through that
 * module's facts descriptor ({@code SystemFacts.SYSTEM.name()}), a Java dependency that {@code verify()}
 * checks against the {@code allowedDependencies} every module declares; and no string in a module names
 * an object (table, view, function) of another module's schema.
 */
class SchemaReferenceTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(KhienApplication.class);
    private static final Set<String> MODULE_NAMES =
            MODULES.stream().map(m -> m.getIdentifier().toString()).collect(Collectors.toSet());
    private static final List<SchemaReferences.Reference> REFERENCES =
            SchemaReferences.in(SchemaReferences.createdObjects().stream()
                    .filter(o -> MODULE_NAMES.contains(o.substring(0, o.indexOf('.'))))
                    .collect(Collectors.toSet()));

    @Test
    void everyModuleDeclaresTheModulesItMayDependOn() {
        assertThat(MODULES.stream())
                .filteredOn(module -> !declaresAllowedDependencies(module))
                .extracting(m -> m.getIdentifier().toString())
                .as("modules whose package-info declares no allowedDependencies")
                .isEmpty();
    }

    @Test
    void stringsNameObjectsOnlyOfModulesWhoseFactsTheModuleDeclares() {
        assertThat(REFERENCES)
                .filteredOn(r -> !r.schema().equals(r.module()) && !declaresFactsOf(r.module(), r.schema()))
                .as("strings naming an object of a module whose facts the module does not declare"
                        + " (allowedDependencies \"<module> :: facts\" in its package-info)")
                .isEmpty();
    }

    @Test
    void anotherModulesViewIsNamedOnlyThroughItsFactDescriptor() {
        assertThat(REFERENCES)
                .filteredOn(r -> !r.schema().equals(r.module()))
                .as("strings naming another module's object; use its descriptor, e.g. SystemFacts.SYSTEM.name(),"
                        + " or ask the module to publish the view")
                .isEmpty();
    }

    /** The scan itself: without this, a scanner that finds nothing would pass the two rules above. */
    @Test
    void findsTheObjectsAModuleNamesInItsOwnStrings() {
        assertThat(REFERENCES)
                .extracting(r -> r.module() + " " + r.qualifiedName())
                .contains("compliance compliance.obligation", "registers registers.published_it_plan");
    }

    private static boolean declaresAllowedDependencies(ApplicationModule module) {
        try {
            var info = Class.forName(module.getBasePackage().getName() + ".package-info");
            var annotation = info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return annotation != null
                    && !Arrays.equals(
                            annotation.allowedDependencies(),
                            new String[] {org.springframework.modulith.ApplicationModule.OPEN_TOKEN});
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean declaresFactsOf(String module, String target) {
        return MODULES.getModuleByName(module).orElseThrow().getAllowedDependencies(MODULES).stream()
                .anyMatch(d -> d.getTargetModule().getIdentifier().toString().equals(target)
                        && d.getTargetNamedInterface().getName().equals("facts"));
    }
}
