package org.digitalweek.event.domain.architecture;

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

import org.digitalweek.event.domain.architecture.planted.PlantedJacksonInDomain;
import org.digitalweek.event.domain.architecture.planted.PlantedPrinter;
import org.digitalweek.event.domain.architecture.planted.PlantedSqlInDomain;
import org.digitalweek.event.domain.model.planted.PlantedLeakyModel;
import org.digitalweek.event.domain.model.planted.PlantedModelUsingRules;
import org.digitalweek.event.domain.port.in.planted.PlantedUseCaseClass;
import org.digitalweek.event.domain.rules.planted.PlantedLeakyCheck;

/**
 * Each of {@link DomainRules}' constants, the very object {@link DomainArchitectureTest} runs, fails
 * on a class planted in test sources, with a message that names the planted class. The planted
 * classes sit in the packages the rules cover ({@code model.planted}, {@code rules.planted},
 * {@code port.in.planted}, …); the production run does not import test classes, so they never fail
 * the build.
 */
class DomainRulesBiteTest {

    /** Every test class of the domain in a package named {@code planted}, and nothing else. */
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests())
            .importPackages("org.digitalweek.event.domain")
            .that(JavaClass.Predicates.resideInAPackage("..planted.."));

    /** @return each rule, with a class planted to break it and a word its failure must show */
    static Stream<Arguments> bites() {
        return Stream.of(
                bite(DomainRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VALIDATION_API, PlantedJacksonInDomain.class,
                        "com.fasterxml.jackson.annotation.JsonProperty"),
                bite(DomainRules.DOMAIN_USES_NO_JDBC, PlantedSqlInDomain.class, "java.sql.Connection"),
                bite(DomainRules.PORT_TYPES_ARE_INTERFACES_OR_RECORDS, PlantedUseCaseClass.class,
                        "an interface, a record or an enum"),
                bite(DomainRules.PUBLIC_MODEL_CANNOT_REACH_INTERNAL_RECORDS, PlantedLeakyModel.class,
                        "edition.ProtocolFile"),
                bite(DomainRules.PUBLIC_VIEW_READERS_CANNOT_REACH_INTERNAL_RECORDS, PlantedLeakyCheck.class,
                        "Edition.internal()"),
                bite(DomainRules.NO_PACKAGE_CYCLES, PlantedModelUsingRules.class, "PlantedRuleUsingModel"),
                bite(DomainRules.NO_STANDARD_STREAMS, PlantedPrinter.class, "System.out"),
                bite(DomainRules.NO_JAVA_UTIL_LOGGING, PlantedPrinter.class,
                        "sets field <" + PlantedPrinter.class.getName() + ".LOG>"),
                bite(DomainRules.NO_GENERIC_EXCEPTIONS, PlantedPrinter.class, "RuntimeException"));
    }

    @ParameterizedTest(name = "{0} fails on {2}")
    @MethodSource("bites")
    void theRuleFailsOnItsPlantedClassAndNamesIt(String name, ArchRule rule, Class<?> planted, String evidence) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(name + ": " + rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(name)
                .anySatisfy(line -> assertThat(line).contains(planted.getName()).contains(evidence));
    }

    @Test
    void theProductionRunNeverSeesAPlantedClass() {
        JavaClasses production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.digitalweek.event.domain");
        assertThat(production).isNotEmpty().noneMatch(c -> c.getPackageName().contains(".planted"));
        assertThat(PLANTED).extracting(JavaClass::getName)
                .contains(PlantedLeakyModel.class.getName(), PlantedUseCaseClass.class.getName());
    }

    @Test
    void everyRuleIsRunOnTheProductionClassesAndProvenToBite() {
        List<ArchRule> run = staticRuleFields(DomainArchitectureTest.class)
                .filter(field -> field.isAnnotationPresent(ArchTest.class)).map(DomainRulesBiteTest::read).toList();
        Set<ArchRule> bitten = identitySet(bites().map(arguments -> (ArchRule) arguments.get()[1]).toList());
        assertThat(ruleConstants()).as("the rules of DomainRules").hasSizeGreaterThan(5)
                .hasSameSizeAs(run);
        assertThat(constantsNot(identitySet(run)::contains)).as("rules that DomainArchitectureTest does not run")
                .isEmpty();
        assertThat(constantsNot(bitten::contains)).as("rules without a planted class").isEmpty();
    }

    private static Arguments bite(ArchRule rule, Class<?> planted, String evidence) {
        return Arguments.of(nameOf(rule), rule, planted, evidence);
    }

    private static String nameOf(ArchRule rule) {
        return staticRuleFields(DomainRules.class).filter(field -> read(field) == rule).map(Field::getName)
                .findFirst().orElseThrow(() -> new AssertionError("not a constant of DomainRules: " + rule));
    }

    private static Set<ArchRule> ruleConstants() {
        return identitySet(staticRuleFields(DomainRules.class).map(DomainRulesBiteTest::read).toList());
    }

    /** @return the names of the constants of DomainRules that fail the test */
    private static List<String> constantsNot(Predicate<ArchRule> test) {
        return staticRuleFields(DomainRules.class).filter(field -> !test.test(read(field))).map(Field::getName)
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
