package org.digitalweek.event.cli.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import org.digitalweek.event.domain.port.out.Exporter;

/**
 * The rules that keep the hexagon honest across modules. {@link HexagonArchitectureTest} runs them
 * over the production classes of every module; {@link HexagonRulesBiteTest} proves each can fail.
 */
final class HexagonRules {

    static final String PERSISTENCE = "org.digitalweek.event.persistence..";
    static final String EXPORT = "org.digitalweek.event.export..";
    static final String CLI = "org.digitalweek.event.cli..";
    static final String COMPOSITION_ROOT = "org.digitalweek.event.cli.boot..";

    /** A JSON adapter: a package under persistence or export whose own name says json. */
    private static final Pattern JSON_ADAPTER =
            Pattern.compile("org\\.digitalweek\\.event\\.(persistence|export)\\.[a-z0-9]*json[a-z0-9]*(\\..*)?");

    private HexagonRules() {
    }

    /** Adapters never know each other; they meet only at the composition root. */
    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = CompositeArchRule
            .of(noClasses().that().resideInAPackage(PERSISTENCE)
                    .should().dependOnClassesThat().resideInAnyPackage(EXPORT, CLI))
            .and(noClasses().that().resideInAPackage(EXPORT)
                    .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, CLI))
            .because("each adapter plugs into the domain's ports and nothing else");

    /** Only the composition root builds adapters (an adapter may build its own parts). */
    static final ArchRule ONLY_THE_COMPOSITION_ROOT_CONSTRUCTS_ADAPTERS = CompositeArchRule
            .of(noClasses().that().resideOutsideOfPackages(PERSISTENCE, COMPOSITION_ROOT)
                    .should().callConstructorWhere(target(owner(resideInAPackage(PERSISTENCE)))))
            .and(noClasses().that().resideOutsideOfPackages(EXPORT, COMPOSITION_ROOT)
                    .should().callConstructorWhere(target(owner(resideInAPackage(EXPORT)))))
            .because("choosing adapters is the composition root's job alone");

    /**
     * Exporters are handed the public view only: none may touch the aggregate root or its internal
     * records (contacts, protocol notes). Checked here, where the exporters of every module are seen.
     */
    static final ArchRule EXPORTERS_SEE_ONLY_THE_PUBLIC_VIEW = noClasses()
            .that().implement(Exporter.class)
            .should().dependOnClassesThat().resideInAPackage("org.digitalweek.event.domain.edition..")
            .because("internal data must not leak into any export");

    /** Jackson only in JSON adapters. */
    static final ArchRule JACKSON_ONLY_IN_JSON_ADAPTERS = noClasses()
            .that(DescribedPredicate.not(DescribedPredicate.describe("are in a JSON adapter",
                    (JavaClass c) -> JSON_ADAPTER.matcher(c.getPackageName()).matches())))
            .and().resideInAPackage("org.digitalweek..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    /** JDBC only in the JDBC adapter. */
    static final ArchRule JDBC_ONLY_IN_THE_JDBC_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("org.digitalweek.event.persistence.jdbc..")
            .and().resideInAPackage("org.digitalweek..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    /** picocli only in the command line. */
    static final ArchRule PICOCLI_ONLY_IN_THE_CLI = noClasses()
            .that().resideOutsideOfPackage(CLI).and().resideInAPackage("org.digitalweek..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** The validation provider is chosen at the composition root only; everything else sees the Jakarta API. */
    static final ArchRule HIBERNATE_ONLY_AT_THE_COMPOSITION_ROOT = noClasses()
            .that().resideOutsideOfPackage(COMPOSITION_ROOT).and().resideInAPackage("org.digitalweek..")
            .should().dependOnClassesThat().resideInAPackage("org.hibernate..");

    /** No cycles between packages, within or across modules. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.digitalweek.event.(**)")
            .should().beFreeOfCycles();

    /** The library modules print nothing, leave logging to their host and throw typed errors. */
    static final ArchRule LIBRARY_CODING_RULES = CompositeArchRule
            .of(noClasses().that().resideInAnyPackage(PERSISTENCE, EXPORT)
                    .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS))
            .and(noClasses().that().resideInAnyPackage(PERSISTENCE, EXPORT)
                    .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING))
            .and(noClasses().that().resideInAnyPackage(PERSISTENCE, EXPORT)
                    .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS));
}
