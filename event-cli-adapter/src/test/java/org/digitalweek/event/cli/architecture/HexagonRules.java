package org.digitalweek.event.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ServiceLoader;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import org.digitalweek.event.domain.port.out.Exporter;

/**
 * The rules that keep the hexagon honest across modules. {@link HexagonArchitectureTest} runs every
 * constant here over the production classes of every module; {@link HexagonRulesBiteTest} evaluates
 * the same constants on planted classes and checks that every constant is both run and proven to fail.
 * Every rule looks at any dependency: calls (static factories included), constructors, fields,
 * parameters, return types, throws clauses, annotations, type parameters.
 */
final class HexagonRules {

    static final String DOMAIN = "org.digitalweek.event.domain..";
    static final String PERSISTENCE = "org.digitalweek.event.persistence..";
    static final String EXPORT = "org.digitalweek.event.export..";
    static final String CLI = "org.digitalweek.event.cli..";
    /** The JSON HTTP API: a driving adapter, beside the command line. */
    static final String HTTP = "org.digitalweek.event.http..";
    /** The one composition root: it chooses the adapters and builds the facade. */
    static final String COMPOSITION_ROOT = "org.digitalweek.event.cli.boot..";
    /** The domain's facade, {@code Digitalweek}, and the discovery of stores and formats it runs. */
    static final String FACADE = "org.digitalweek.event.domain.boot..";
    /** The aggregate root and the internal records it keeps beside the public view. */
    static final String INTERNAL_RECORDS = "org.digitalweek.event.domain.edition..";
    static final String VALIDATION = "org.digitalweek.event.domain.validation..";

    /**
     * What a driving adapter may use of the domain: the use cases and their commands, queries and
     * results ({@code port.in}); the public model they speak; the typed errors they throw; and the
     * packages of pure values and functions that the in-ports' results are made of — the checker's
     * findings and severities ({@code rules}), the diff and its text ({@code diff}), the protocol order
     * ({@code protocol}), the statistics ({@code reuse}), the drafts that commands carry
     * ({@code draft}) and the language policy ({@code language}). None of them reaches a store.
     */
    static final String[] DRIVING_SIDE = {
        "org.digitalweek.event.domain.port.in..", "org.digitalweek.event.domain.model..",
        "org.digitalweek.event.domain.error..", "org.digitalweek.event.domain.rules..",
        "org.digitalweek.event.domain.diff..", "org.digitalweek.event.domain.protocol..",
        "org.digitalweek.event.domain.reuse..", "org.digitalweek.event.domain.draft..",
        "org.digitalweek.event.domain.language..",
    };

    /** A JSON adapter: a package under persistence or export whose own name says json. */
    private static final Pattern JSON_ADAPTER =
            Pattern.compile("org\\.digitalweek\\.event\\.(persistence|export)\\.[a-z0-9]*json[a-z0-9]*(\\..*)?");

    /**
     * A driving adapter: anything of the project that is neither the domain, nor a driven adapter,
     * nor the composition root — the command line today, an HTTP front end
     * ({@code org.digitalweek.event.http}) tomorrow, without changing this rule.
     */
    private static final DescribedPredicate<JavaClass> IN_A_DRIVING_ADAPTER = DescribedPredicate.describe(
            "are in a driving adapter (org.digitalweek.event.. outside the domain, persistence, export and "
                    + "the composition root cli.boot)",
            JavaClass.Predicates.resideInAPackage("org.digitalweek.event..")
                    .and(DescribedPredicate.not(
                            JavaClass.Predicates.resideInAnyPackage(DOMAIN, PERSISTENCE, EXPORT, COMPOSITION_ROOT))));

    /**
     * The domain behind the in-ports: the out-ports, the services, the aggregate root and its internal
     * records, the input validator and the factory builder, the facade. A constraint annotation of
     * {@code validation} ({@code @Identifier}) is on the driving side: a command's vocabulary.
     */
    private static final DescribedPredicate<JavaClass> BEHIND_THE_IN_PORTS = DescribedPredicate.describe(
            "are in the domain behind its in-ports (anything but port.in, model, error, rules, diff, protocol, "
                    + "reuse, draft, language and validation's constraint annotations)",
            JavaClass.Predicates.resideInAPackage(DOMAIN)
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(DRIVING_SIDE)))
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(VALIDATION)
                            .and(DescribedPredicate.describe("annotation", JavaClass::isAnnotation)))));

    /**
     * What an application or a command holds and closes: the facade ({@code Digitalweek}) and the
     * composition root, i.e. the public classes of {@code domain.boot} and {@code cli.boot} that are
     * {@link AutoCloseable} (the catalogues that the facade uses are not).
     */
    private static final DescribedPredicate<JavaClass> A_ROOT = DescribedPredicate.describe(
            "are the facade or the composition root (public AutoCloseable classes of domain.boot and cli.boot)",
            (JavaClass c) -> c.getModifiers().contains(JavaModifier.PUBLIC)
                    && c.isAssignableTo(AutoCloseable.class)
                    && JavaClass.Predicates.resideInAnyPackage(FACADE, COMPOSITION_ROOT).test(c));

    private HexagonRules() {
    }

    /**
     * Adapters never know each other: persistence ↛ export, export ↛ persistence, neither ↛ the command
     * line nor the HTTP API, and the HTTP API ↛ any of the three (the command line's root wires it).
     */
    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = CompositeArchRule
            .of(noClasses().that().resideInAPackage(PERSISTENCE)
                    .should().dependOnClassesThat().resideInAnyPackage(EXPORT, CLI, HTTP))
            .and(noClasses().that().resideInAPackage(EXPORT)
                    .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, CLI, HTTP))
            .and(noClasses().that().resideInAPackage(HTTP)
                    .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, EXPORT, CLI))
            .because("each adapter plugs into the domain's ports and nothing else");

    /**
     * Only the composition root knows the adapters' classes, however they are reached: a constructor,
     * a static factory ({@code JsonFileEditions.open}), a field, a parameter. An adapter may use its
     * own parts; {@link #ADAPTERS_DO_NOT_KNOW_EACH_OTHER} keeps it from the others.
     */
    static final ArchRule ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS = noClasses()
            .that().resideInAPackage("org.digitalweek..")
            .and().resideOutsideOfPackages(PERSISTENCE, EXPORT, COMPOSITION_ROOT)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, EXPORT)
            .because("choosing adapters is the composition root's job alone; the rest reaches them through ports");

    /**
     * Nothing in the export module touches the aggregate root or its internal records (contacts,
     * protocol notes) — no exporter and no helper —, nor does any exporter of another module.
     */
    static final ArchRule EXPORT_NEVER_SEES_INTERNAL_RECORDS = noClasses()
            .that().resideInAPackage(EXPORT).or().implement(Exporter.class)
            .should().dependOnClassesThat().resideInAPackage(INTERNAL_RECORDS)
            .because("exports are public documents: internal data must not be able to leak into any of them");

    /**
     * A driving adapter reaches the domain through the in-ports only: never an out-port, a service,
     * the aggregate root, the validator or the facade (which the composition root builds).
     */
    static final ArchRule DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS = noClasses()
            .that(IN_A_DRIVING_ADAPTER)
            .should().dependOnClassesThat(BEHIND_THE_IN_PORTS)
            .because("a driving adapter talks to use cases; what lies behind them may change without it");

    /**
     * The in-ports speak only the driving side's language, so that a driving adapter can use every
     * in-port without breaking {@link #DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS}.
     */
    static final ArchRule IN_PORTS_OFFER_ONLY_THE_DRIVING_SIDE = noClasses()
            .that().resideInAPackage("org.digitalweek.event.domain.port.in..")
            .should().dependOnClassesThat(BEHIND_THE_IN_PORTS)
            .because("a use case that hands out an out-port or an internal record would invite its callers behind it");

    /** Stores and formats are discovered in one place, the facade; the rest receives what it uses. */
    static final ArchRule ONLY_THE_FACADE_DISCOVERS_ADAPTERS = noClasses()
            .that().resideInAPackage("org.digitalweek..").and().resideOutsideOfPackage(FACADE)
            .should().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
            .because("discovery is the root's concern: a service or an adapter that looks things up hides "
                    + "what it depends on");

    /**
     * The facade and the composition root hand out the in-ports only: no public method of theirs
     * returns, even as a type argument ({@code List<Exporter>}), a type behind the in-ports — but their
     * own (the facade's builder).
     */
    static final ArchRule ROOTS_HAND_OUT_ONLY_THE_IN_PORTS = methods()
            .that().arePublic().and().areDeclaredInClassesThat(A_ROOT)
            .should(returnNothingBehindTheInPorts())
            .because("what the root hands out is all a driving adapter or an embedding application can reach");

    /** Jackson only in JSON adapters, the JSON HTTP API being one. */
    static final ArchRule JACKSON_ONLY_IN_JSON_ADAPTERS = noClasses()
            .that(DescribedPredicate.not(DescribedPredicate.describe("are in a JSON adapter",
                    (JavaClass c) -> JSON_ADAPTER.matcher(c.getPackageName()).matches())))
            .and().resideInAPackage("org.digitalweek..").and().resideOutsideOfPackage(HTTP)
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

    /**
     * The HTTP server is started by the composition root alone, over the in-ports it holds: a command
     * asks the root to serve ({@code CompositionRoot.serve}) and never starts the API on use cases of
     * its own choosing.
     */
    static final ArchRule ONLY_THE_ROOT_STARTS_THE_HTTP_API = noClasses()
            .that().resideInAPackage("org.digitalweek..").and().resideOutsideOfPackages(COMPOSITION_ROOT, HTTP)
            .should().callMethodWhere(DescribedPredicate.describe("the target is HttpApi.start",
                    call -> call.getTargetOwner().getName().equals("org.digitalweek.event.http.HttpApi")
                            && call.getName().equals("start")))
            .because("the root builds every adapter from the in-ports; a command only asks it to serve");

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

    private static final DescribedPredicate<JavaClass> IN_THE_FACADE = JavaClass.Predicates.resideInAPackage(FACADE);

    private static ArchCondition<JavaMethod> returnNothingBehindTheInPorts() {
        return new ArchCondition<>("return no type behind the in-ports but the facade's own") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (BEHIND_THE_IN_PORTS.test(type) && !IN_THE_FACADE.test(type)) {
                        events.add(SimpleConditionEvent.violated(method, "Method <" + method.getFullName()
                                + "> hands out <" + type.getName() + "> in " + method.getSourceCodeLocation()));
                    }
                }
            }
        };
    }
}
