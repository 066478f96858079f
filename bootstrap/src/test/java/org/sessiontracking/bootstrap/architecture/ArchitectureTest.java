package org.sessiontracking.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rule and the other rules of conventions.md, checked on the production classes. */
@AnalyzeClasses(packages = "org.sessiontracking",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutTestJars.class})
class ArchitectureTest {

    /** The modules' shared test code (fakes, builders) arrives as *-tests.jar: not production code. */
    static final class WithoutTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule onion = onionArchitecture()
            .domainModels("org.sessiontracking.domain..")
            .applicationServices("org.sessiontracking.application..")
            .adapter("persistence", "org.sessiontracking.adapters.persistence..")
            .adapter("web", "org.sessiontracking.adapters.web..")
            .withOptionalLayers(true)
            .ignoreDependency(resideInAPackage("org.sessiontracking.bootstrap.."), alwaysTrue());

    @ArchTest
    static final ArchRule onlyTheWiringModuleKnowsTheWiringModule = noClasses().that()
            .resideOutsideOfPackages("org.sessiontracking.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("org.sessiontracking.bootstrap..");

    @ArchTest
    static final ArchRule domainUsesOnlyJava = classes().that().resideInAPackage("org.sessiontracking.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sessiontracking.domain..", "java..");

    @ArchTest
    static final ArchRule applicationUsesOnlyDomainAndJava = classes().that()
            .resideInAPackage("org.sessiontracking.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.sessiontracking.application..", "org.sessiontracking.domain..", "java..");

    @ArchTest
    static final ArchRule jooqOnlyInPersistenceAndItsWiring = noClasses().that()
            .resideOutsideOfPackages("org.sessiontracking.adapters.persistence..", "org.sessiontracking.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..");

    @ArchTest
    static final ArchRule vaadinOnlyInWebAndBootstrap = noClasses().that()
            .resideOutsideOfPackages("org.sessiontracking.adapters.web..", "org.sessiontracking.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule adaptersUsePortsNotUseCaseImplementations = noClasses().that()
            .resideInAPackage("org.sessiontracking.adapters..")
            .should().dependOnClassesThat().resideInAPackage("org.sessiontracking.application..usecase..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = slices()
            .matching("org.sessiontracking.adapters.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule inPortsDoNotDependOnOutPorts = noClasses().that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..");

    @ArchTest
    static final ArchRule outPortsDoNotDependOnInPorts = noClasses().that().resideInAPackage("..port.out..")
            .should().dependOnClassesThat().resideInAPackage("..port.in..");

    @ArchTest
    static final ArchRule inPortsAreUseCases = classes().that().resideInAPackage("..port.in..")
            .and().areInterfaces().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("UseCase");

    @ArchTest
    static final ArchRule noClockFreeTimeInTheCore = noClasses().that()
            .resideInAnyPackage("org.sessiontracking.domain..", "org.sessiontracking.application..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now");

    private static final String PERSISTENCE = "org.sessiontracking.adapters.persistence..";
    private static final String MEMORY = "org.sessiontracking.adapters.persistence.memory..";

    /**
     * Both persistence adapters (jOOQ and in memory) plug into the application only as out-ports: the
     * application interfaces their classes implement are out-ports, nothing else.
     */
    @ArchTest
    static final ArchRule persistenceAdaptersImplementOnlyOutPorts = classes().that().resideInAPackage(PERSISTENCE)
            .should(new ArchCondition<JavaClass>("implement no application interface but out-ports") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (JavaClass implemented : type.getAllRawInterfaces()) {
                        if (implemented.getPackageName().startsWith("org.sessiontracking.application")
                                && !implemented.getPackageName().endsWith(".port.out")) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " implements "
                                    + implemented.getName() + ", which is not an out-port"));
                        }
                    }
                }
            });

    /** The in-memory adapter is plain Java: no jOOQ, JDBC, Flyway, PostgreSQL driver or Spring. */
    @ArchTest
    static final ArchRule theMemoryAdapterUsesNoDatabaseNorSpring = noClasses().that().resideInAPackage(MEMORY)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.flywaydb..", "org.postgresql..", "org.springframework..");

    /**
     * The two adapters share nothing but the demo data generator: the memory adapter uses none of the
     * jOOQ adapter's classes (nor its generated code), and the jOOQ adapter none of the memory adapter's.
     */
    @ArchTest
    static final ArchRule theMemoryAdapterIsApartFromTheJooqAdapter = classes().that().resideInAPackage(MEMORY)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MEMORY,
                    "org.sessiontracking.adapters.persistence.demo..", "org.sessiontracking.application..",
                    "org.sessiontracking.domain..", "java..");

    @ArchTest
    static final ArchRule theJooqAdapterDoesNotUseTheMemoryAdapter = noClasses().that().resideInAPackage(PERSISTENCE)
            .and().resideOutsideOfPackage(MEMORY)
            .should().dependOnClassesThat().resideInAPackage(MEMORY);

    /** Only the wiring chooses an adapter: nothing outside bootstrap (and the adapter itself) refers to its classes. */
    @ArchTest
    static final ArchRule onlyTheWiringKnowsThePersistenceAdapters = noClasses().that()
            .resideOutsideOfPackages(PERSISTENCE, "org.sessiontracking.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE);

    /** The same ports behind both adapters: every out-port one persistence adapter implements, the other does too. */
    @ArchTest
    static void bothPersistenceAdaptersImplementTheSameOutPorts(JavaClasses classes) {
        java.util.Set<String> jooq = new java.util.TreeSet<>();
        java.util.Set<String> memory = new java.util.TreeSet<>();
        for (JavaClass type : classes.that(resideInAPackage(PERSISTENCE))) {
            for (JavaClass implemented : type.getAllRawInterfaces()) {
                if (implemented.getPackageName().endsWith(".port.out")) {
                    (type.getPackageName().contains(".persistence.memory") ? memory : jooq).add(implemented.getName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(memory).as("out-ports of the in-memory adapter").isNotEmpty()
                .isEqualTo(jooq);
    }

    /**
     * The REST API is a second web adapter beside the screens: it calls the same in-ports and holds no rule
     * of its own, so it reaches neither storage (out-ports, persistence, jOOQ) nor use-case classes, nor the
     * screens (Vaadin, the other web packages).
     */
    @ArchTest
    static final ArchRule restApiReachesTheApplicationOnlyThroughInPorts = noClasses().that()
            .resideInAPackage("org.sessiontracking.adapters.web.api..")
            .should().dependOnClassesThat().resideInAnyPackage("..port.out..", "..usecase..", "com.vaadin..",
                    "org.sessiontracking.adapters.persistence..", "org.jooq..")
            .orShould().dependOnClassesThat(resideInAPackage("org.sessiontracking.adapters.web..")
                    .and(not(resideInAPackage("org.sessiontracking.adapters.web.api.."))));

    @ArchTest
    static final ArchRule restControllersHoldOnlyInPorts = fields().that().areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class).and().areNotStatic()
            .should().haveRawType(resideInAPackage("org.sessiontracking.application..port.in.."))
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule restControllersLiveInTheApiPackage = classes().that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("org.sessiontracking.adapters.web.api..");

    @ArchTest
    static void featurePackagesHaveNoCycles(JavaClasses classes) {
        for (String layer : new String[]{"domain", "application", "adapters.persistence", "adapters.web"}) {
            slices().matching("org.sessiontracking." + layer + ".(*)..").should().beFreeOfCycles().check(classes);
        }
    }
}
