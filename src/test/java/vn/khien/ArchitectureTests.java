package vn.khien;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.shared.InPublisherTransaction;

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

    @Test
    void crossModuleListenersRunAfterCommitOrSayWhyNot() {
        methods()
                .that()
                .areAnnotatedWith(EventListener.class)
                .and(listenToAnotherModule())
                .should(ArchCondition.from(DescribedPredicate.describe(
                        "say with @InPublisherTransaction (on the method or its class) why they run in the"
                                + " publisher's transaction",
                        method -> method.isAnnotatedWith(InPublisherTransaction.class)
                                || method.getOwner().isAnnotatedWith(InPublisherTransaction.class))))
                .check(CLASSES);
    }

    @Test
    void productionModulesHoldNoDemoCode() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.khien.demo..")
                .should()
                .haveSimpleNameContaining("Demo")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("vn.khien.demo..")
                .check(CLASSES);
    }

    @Test
    void theDemoUsesOnlyTheModulesPublicApis() {
        noClasses()
                .that()
                .resideInAPackage("vn.khien.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.khien..application..",
                        "vn.khien..domain..",
                        "vn.khien..web..",
                        "vn.khien..api..",
                        "vn.khien..security..")
                .check(CLASSES);
    }

    /** Today is the province's, from the injected clock; the zone is configured once, in shared. */
    @Test
    void todayComesFromTheInjectedClockAndTheZoneFromShared() {
        for (Class<?> type : List.of(
                LocalDate.class,
                LocalDateTime.class,
                ZonedDateTime.class,
                OffsetDateTime.class,
                Year.class,
                YearMonth.class)) {
            noClasses()
                    .should()
                    .callMethod(type, "now")
                    .because("the province's today comes from the injected Clock: now(clock)")
                    .check(CLASSES);
        }
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.khien.shared")
                .should()
                .callMethod(ZoneId.class, "of", String.class)
                .orShould()
                .callMethod(ZoneId.class, "systemDefault")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .because("the province's zone is khien.province.zone: clock.getZone() or ProvinceZone.get()")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaMethod> listenToAnotherModule() {
        return DescribedPredicate.describe(
                "listen to an event of another module",
                method -> method.getRawParameterTypes().stream()
                        .map(JavaClass::getPackageName)
                        .filter(name -> name.startsWith("vn.khien."))
                        .anyMatch(name -> !moduleOf(name)
                                .equals(moduleOf(method.getOwner().getPackageName()))));
    }

    private static String moduleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
