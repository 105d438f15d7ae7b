package org.digitalweek.event.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.planted.CommandBuildingAnAdapter;
import org.digitalweek.event.cli.planted.cyclea.First;
import org.digitalweek.event.export.planted.ExportReachingIntoPersistence;
import org.digitalweek.event.export.planted.ExportUsingSqlPicocliAndHibernate;
import org.digitalweek.event.export.planted.LeakyExporter;
import org.digitalweek.event.persistence.planted.FileStoreUsingJackson;

/** Each cross-module rule fails on a planted violation, with a message that names the offending class. */
class HexagonRulesBiteTest {

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(
            "org.digitalweek.event.export.planted", "org.digitalweek.event.persistence.planted",
            "org.digitalweek.event.cli.planted");

    @Test
    void anAdapterThatKnowsAnotherIsNamed() {
        assertBites(HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, ExportReachingIntoPersistence.class,
                "InMemoryEditions");
    }

    @Test
    void anAdapterBuiltOutsideTheCompositionRootIsNamed() {
        assertBites(HexagonRules.ONLY_THE_COMPOSITION_ROOT_CONSTRUCTS_ADAPTERS, CommandBuildingAnAdapter.class,
                "InMemoryEditions.<init>");
        assertBites(HexagonRules.ONLY_THE_COMPOSITION_ROOT_CONSTRUCTS_ADAPTERS, ExportReachingIntoPersistence.class,
                "InMemoryEditions.<init>");
    }

    @Test
    void anExporterReachingInternalRecordsIsNamed() {
        assertBites(HexagonRules.EXPORTERS_SEE_ONLY_THE_PUBLIC_VIEW, LeakyExporter.class, "ProtocolFile");
        assertBites(HexagonRules.EXPORTERS_SEE_ONLY_THE_PUBLIC_VIEW, LeakyExporter.class, "edition.Edition");
    }

    @Test
    void jacksonOutsideAJsonAdapterIsNamed() {
        assertBites(HexagonRules.JACKSON_ONLY_IN_JSON_ADAPTERS, FileStoreUsingJackson.class, "JsonMapper");
    }

    @Test
    void jdbcPicocliAndHibernateOutOfPlaceAreNamed() {
        assertBites(HexagonRules.JDBC_ONLY_IN_THE_JDBC_ADAPTER, ExportUsingSqlPicocliAndHibernate.class,
                "java.sql.Connection");
        assertBites(HexagonRules.PICOCLI_ONLY_IN_THE_CLI, ExportUsingSqlPicocliAndHibernate.class,
                "picocli.CommandLine");
        assertBites(HexagonRules.HIBERNATE_ONLY_AT_THE_COMPOSITION_ROOT, ExportUsingSqlPicocliAndHibernate.class,
                "org.hibernate.validator.HibernateValidator");
    }

    @Test
    void aPackageCycleIsNamed() {
        assertBites(HexagonRules.NO_PACKAGE_CYCLES, First.class, "cycleb.Second");
    }

    @Test
    void printingAndGenericExceptionsInALibraryModuleAreNamed() {
        assertBites(HexagonRules.LIBRARY_CODING_RULES, ExportUsingSqlPicocliAndHibernate.class, "System.out");
        assertBites(HexagonRules.LIBRARY_CODING_RULES, ExportUsingSqlPicocliAndHibernate.class, "RuntimeException");
    }

    private static void assertBites(ArchRule rule, Class<?> planted, String evidence) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(planted.getName()).contains(evidence));
    }
}
