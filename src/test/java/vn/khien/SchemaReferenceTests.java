package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import vn.khien.shared.facts.FactView;

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

    /** A view other modules could read without a descriptor would escape both the contract and the graph. */
    @Test
    void everyPublishedViewHasADescriptorInItsModulesFacts() {
        Set<String> published = SchemaReferences.createdObjects().stream()
                .filter(o -> o.contains(".published_") && MODULE_NAMES.contains(o.substring(0, o.indexOf('.'))))
                .collect(Collectors.toSet());
        Set<String> described = new java.util.TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.khien")) {
            if (type.getPackageName().endsWith(".facts")
                    && !type.getPackageName().startsWith("vn.khien.shared")) {
                String module = type.getPackageName().split("\\.")[2];
                for (FactView view : descriptors(type.reflect())) {
                    described.add(view.schema().equals(module) ? view.name() : view.name() + " (in " + module + ")");
                }
            }
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(published);
    }

    /** The scan itself: without this, a scanner that finds nothing would pass the two rules above. */
    @Test
    void findsTheObjectsAModuleNamesInItsOwnStrings() {
        assertThat(REFERENCES)
                .extracting(r -> r.module() + " " + r.qualifiedName())
                .contains("compliance compliance.obligation", "registers registers.published_it_plan");
    }

    private static List<FactView> descriptors(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == FactView.class)
                .map(f -> {
                    try {
                        return (FactView) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
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
