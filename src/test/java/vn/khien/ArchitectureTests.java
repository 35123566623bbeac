package vn.khien;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** The house rules of DESIGN.md §5.2, checked on the compiled code. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.khien");

    @Test
    void transactionsAreNeverOpenedInWebOrApiCode() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(CLASSES);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void webAndApiNeverTouchDomainClasses() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..domain..")
                .check(CLASSES);
    }

    @Test
    void domainDependsOnNothingAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.khien..application..", "vn.khien..web..", "vn.khien..api..", "vn.khien..security..")
                .check(CLASSES);
    }

    @Test
    void controllersAreNamedForWhatTheyServe() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .haveSimpleNameEndingWith("RestController")
                .andShould()
                .resideInAPackage("..api..")
                .check(CLASSES);
    }
}
