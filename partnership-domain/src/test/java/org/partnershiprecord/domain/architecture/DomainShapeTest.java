package org.partnershiprecord.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The build guards the shape: the domain stays free of Spring, JPA, Jackson and web; every event has a revision. */
class DomainShapeTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnershiprecord.domain");

    @Test
    void theDomainDependsOnNoFrameworkButAxon() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "jakarta.servlet..",
                        "org.hibernate..", "com.fasterxml.jackson..", "tools.jackson..", "java.sql..")
                .because("the domain is plain Java with Axon's modelling annotations only")
                .check(DOMAIN);
    }

    @Test
    void theDomainReadsNoClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("dates come in commands and events, so replays decide the same way")
                .check(DOMAIN);
    }

    @Test
    void everyEventIsARecordWithARevision() throws ClassNotFoundException {
        List<Class<?>> events = new ArrayList<>();
        for (var javaClass : DOMAIN) {
            Class<?> type = Class.forName(javaClass.getName());
            if (type.isInterface() && type.isSealed() && type.getSimpleName().endsWith("Event")) {
                events.addAll(Arrays.asList(type.getPermittedSubclasses()));
            }
        }
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.isRecord()).as(event.getName() + " is a record").isTrue();
            assertThat(event.getAnnotation(Revision.class)).as(event.getName() + " has @Revision").isNotNull();
        });
    }
}
