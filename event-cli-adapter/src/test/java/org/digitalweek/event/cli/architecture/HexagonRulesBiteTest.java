package org.digitalweek.event.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.cli.boot.planted.RootChoosingAStore;
import org.digitalweek.event.cli.boot.planted.RootHandingOutTheStore;
import org.digitalweek.event.cli.command.planted.CommandBehindTheInPorts;
import org.digitalweek.event.cli.command.planted.CommandOpeningAStore;
import org.digitalweek.event.cli.command.planted.CommandStartingTheApi;
import org.digitalweek.event.cli.planted.CommandBuildingAnAdapter;
import org.digitalweek.event.cli.planted.LeakyExporter;
import org.digitalweek.event.cli.planted.cyclea.First;
import org.digitalweek.event.domain.boot.planted.FacadeHandingOutTheStore;
import org.digitalweek.event.domain.port.in.planted.LoadWholeEdition;
import org.digitalweek.event.domain.service.planted.ServiceDiscoveringStores;
import org.digitalweek.event.export.ics.planted.OrganiserNotes;
import org.digitalweek.event.export.planted.ExportReachingIntoPersistence;
import org.digitalweek.event.export.planted.ExportUsingSqlPicocliAndHibernate;
import org.digitalweek.event.http.planted.HttpFrontEndReadingTheStore;
import org.digitalweek.event.http.planted.HttpFrontEndUsingTheCli;
import org.digitalweek.event.persistence.planted.FileStoreUsingJackson;
import org.digitalweek.event.persistence.planted.StoreSeedingSamples;

/**
 * Each of {@link HexagonRules}' constants, the very object {@link HexagonArchitectureTest} runs, fails
 * on a class planted in test sources, with a message that names the planted class. The planted classes
 * sit in the packages the rules cover ({@code export.ics.planted}, {@code cli.command.planted},
 * {@code http.planted}, …); the production run does not import test classes, so they never fail the build.
 */
class HexagonRulesBiteTest {

    /** Every test class of this module in a package named {@code planted}, and nothing else. */
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests())
            .importPackages("org.digitalweek.event")
            .that(JavaClass.Predicates.resideInAPackage("..planted.."));

    /** @return each rule, with a class planted to break it and a word its failure must show */
    static Stream<Arguments> bites() {
        return Stream.of(
                bite(HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, ExportReachingIntoPersistence.class,
                        "InMemoryEditions"),
                bite(HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, StoreSeedingSamples.class, "SampleEditions.ids()"),
                bite(HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, StoreSeedingSamples.class, "cli.text.Terminal"),
                bite(HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, HttpFrontEndUsingTheCli.class, "cli.text.Terminal"),
                // a static factory, not a constructor: the realistic violation
                bite(HexagonRules.ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS, CommandOpeningAStore.class,
                        "JsonFileEditions.open(java.nio.file.Path)"),
                bite(HexagonRules.ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS, CommandBuildingAnAdapter.class,
                        "InMemoryEditions.<init>()"),
                // a helper, not an exporter: the other realistic violation
                bite(HexagonRules.EXPORT_NEVER_SEES_INTERNAL_RECORDS, OrganiserNotes.class, "Edition.internal()"),
                bite(HexagonRules.EXPORT_NEVER_SEES_INTERNAL_RECORDS, LeakyExporter.class, "edition.ProtocolFile"),
                bite(HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS, HttpFrontEndReadingTheStore.class,
                        "port.out.Editions"),
                bite(HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS, CommandBehindTheInPorts.class,
                        "boot.Digitalweek.open(java.lang.String)"),
                bite(HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS, CommandBehindTheInPorts.class,
                        "port.out.Importer"),
                bite(HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS, CommandBehindTheInPorts.class,
                        "validation.InputValidator"),
                bite(HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS, CommandBehindTheInPorts.class,
                        "edition.Edition"),
                bite(HexagonRules.IN_PORTS_OFFER_ONLY_THE_DRIVING_SIDE, LoadWholeEdition.class, "edition.Edition"),
                bite(HexagonRules.ROOTS_HAND_OUT_ONLY_THE_IN_PORTS, RootHandingOutTheStore.class,
                        "hands out <org.digitalweek.event.domain.port.out.Editions>"),
                bite(HexagonRules.ROOTS_HAND_OUT_ONLY_THE_IN_PORTS, FacadeHandingOutTheStore.class,
                        "exporters()> hands out <org.digitalweek.event.domain.port.out.Exporter>"),
                bite(HexagonRules.ONLY_THE_FACADE_DISCOVERS_ADAPTERS, ServiceDiscoveringStores.class,
                        "java.util.ServiceLoader.load("),
                bite(HexagonRules.JACKSON_ONLY_IN_JSON_ADAPTERS, FileStoreUsingJackson.class, "JsonMapper"),
                bite(HexagonRules.JDBC_ONLY_IN_THE_JDBC_ADAPTER, ExportUsingSqlPicocliAndHibernate.class,
                        "java.sql.Connection"),
                bite(HexagonRules.PICOCLI_ONLY_IN_THE_CLI, ExportUsingSqlPicocliAndHibernate.class,
                        "picocli.CommandLine"),
                bite(HexagonRules.HIBERNATE_ONLY_AT_THE_COMPOSITION_ROOT, ExportUsingSqlPicocliAndHibernate.class,
                        "org.hibernate.validator.HibernateValidator"),
                bite(HexagonRules.ONLY_THE_ROOT_STARTS_THE_HTTP_API, CommandStartingTheApi.class, "HttpApi.start("),
                bite(HexagonRules.NO_PACKAGE_CYCLES, First.class, "cycleb.Second"),
                bite(HexagonRules.LIBRARY_CODING_RULES, ExportUsingSqlPicocliAndHibernate.class, "System.out"),
                bite(HexagonRules.LIBRARY_CODING_RULES, ExportUsingSqlPicocliAndHibernate.class, "RuntimeException"));
    }

    @ParameterizedTest(name = "{0} fails on {2}: {3}")
    @MethodSource("bites")
    void theRuleFailsOnItsPlantedClassAndNamesIt(String name, ArchRule rule, Class<?> planted, String evidence) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(name + ": " + rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(name)
                .anySatisfy(line -> assertThat(line).contains(planted.getName()).contains(evidence));
    }

    @Test
    void theCompositionRootIsTheOnlyPlaceThatMayChooseAStore() {
        for (ArchRule rule : List.of(HexagonRules.ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS,
                HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS)) {
            assertThat(rule.evaluate(PLANTED).getFailureReport().getDetails()).as(nameOf(rule))
                    .isNotEmpty()
                    .noneMatch(line -> line.contains(RootChoosingAStore.class.getName()));
        }
    }

    @Test
    void theProductionRunNeverSeesAPlantedClass() {
        JavaClasses production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages("org.digitalweek.event");
        assertThat(production).isNotEmpty().noneMatch(c -> c.getPackageName().contains(".planted"));
        assertThat(PLANTED).extracting(JavaClass::getName)
                .contains(OrganiserNotes.class.getName(), HttpFrontEndReadingTheStore.class.getName());
    }

    @Test
    void theProductionRunSeesTheHttpAdapterWholePackagePrivateClassesIncluded() {
        JavaClasses production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages("org.digitalweek.event");
        assertThat(production).extracting(JavaClass::getName).contains("org.digitalweek.event.http.HttpApi",
                "org.digitalweek.event.http.Json", "org.digitalweek.event.http.Problems",
                "org.digitalweek.event.cli.command.ServeCommand");
    }

    @Test
    void everyRuleIsRunOnTheProductionClassesAndProvenToBite() {
        List<ArchRule> run = staticRuleFields(HexagonArchitectureTest.class)
                .filter(field -> field.isAnnotationPresent(ArchTest.class)).map(HexagonRulesBiteTest::read).toList();
        Set<ArchRule> bitten = identitySet(bites().map(arguments -> (ArchRule) arguments.get()[1]).toList());
        assertThat(ruleConstants()).as("the rules of HexagonRules").hasSizeGreaterThan(5)
                .hasSameSizeAs(run);
        assertThat(constantsNot(identitySet(run)::contains)).as("rules that HexagonArchitectureTest does not run")
                .isEmpty();
        assertThat(constantsNot(bitten::contains)).as("rules without a planted class").isEmpty();
    }

    private static Arguments bite(ArchRule rule, Class<?> planted, String evidence) {
        return Arguments.of(nameOf(rule), rule, planted, evidence);
    }

    private static String nameOf(ArchRule rule) {
        return staticRuleFields(HexagonRules.class).filter(field -> read(field) == rule).map(Field::getName)
                .findFirst().orElseThrow(() -> new AssertionError("not a constant of HexagonRules: " + rule));
    }

    private static Set<ArchRule> ruleConstants() {
        return identitySet(staticRuleFields(HexagonRules.class).map(HexagonRulesBiteTest::read).toList());
    }

    /** @return the names of the constants of HexagonRules that fail the test */
    private static List<String> constantsNot(Predicate<ArchRule> test) {
        return staticRuleFields(HexagonRules.class).filter(field -> !test.test(read(field))).map(Field::getName)
                .toList();
    }

    private static Stream<Field> staticRuleFields(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()))
                .filter(field -> ArchRule.class.isAssignableFrom(field.getType()));
    }

    private static ArchRule read(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + field, e);
        }
    }

    private static Set<ArchRule> identitySet(List<ArchRule> rules) {
        Set<ArchRule> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(rules);
        return set;
    }
}
