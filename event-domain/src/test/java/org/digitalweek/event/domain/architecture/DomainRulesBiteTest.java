package org.digitalweek.event.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.architecture.planted.PlantedJacksonInDomain;
import org.digitalweek.event.domain.architecture.planted.PlantedLeakyModel;
import org.digitalweek.event.domain.architecture.planted.PlantedPortClass;
import org.digitalweek.event.domain.architecture.planted.PlantedPrinter;
import org.digitalweek.event.domain.architecture.planted.PlantedSqlInDomain;

/** Each domain rule fails on a planted violation, with a message that names the offending class. */
class DomainRulesBiteTest {

    private static final String PLANTED_PACKAGE = "org.digitalweek.event.domain.architecture.planted";
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(PLANTED_PACKAGE);

    @Test
    void aDomainClassUsingJdbcIsNamed() {
        assertBites(DomainRules.DOMAIN_USES_NO_JDBC, PlantedSqlInDomain.class, "java.sql.Connection");
    }

    @Test
    void aDomainClassWithAJacksonAnnotationIsNamed() {
        assertBites(DomainRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VALIDATION_API, PlantedJacksonInDomain.class,
                "com.fasterxml.jackson.annotation.JsonProperty");
    }

    @Test
    void printingLoggingAndGenericExceptionsAreNamed() {
        assertBites(DomainRules.NO_STANDARD_STREAMS, PlantedPrinter.class, "System.out");
        assertBites(DomainRules.NO_JAVA_UTIL_LOGGING, PlantedPrinter.class, "sets field");
        assertBites(DomainRules.NO_GENERIC_EXCEPTIONS, PlantedPrinter.class, "RuntimeException");
    }

    @Test
    void aPublicModelTypeReachingInternalRecordsIsNamed() {
        assertBites(DomainRules.cannotReachInternalRecords(PLANTED_PACKAGE), PlantedLeakyModel.class, "ProtocolFile");
    }

    @Test
    void aPortTypeThatIsAPlainClassIsNamed() {
        assertBites(DomainRules.typesAreInterfacesOrRecords(PLANTED_PACKAGE), PlantedPortClass.class,
                "an interface, a record or an enum");
    }

    private static void assertBites(ArchRule rule, Class<?> planted, String evidence) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(planted.getName()).contains(evidence));
    }
}
