package org.digitalweek.event.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.GeneralCodingRules;


/**
 * The rules that keep the core honest. {@link DomainArchitectureTest} runs every constant here over
 * the domain's production classes; {@link DomainRulesBiteTest} evaluates the same constants on
 * planted classes and checks that every constant is both run and proven to fail.
 */
final class DomainRules {

    static final String DOMAIN = "org.digitalweek.event.domain..";
    /** The aggregate root and the internal records it keeps beside the public view. */
    static final String INTERNAL = "org.digitalweek.event.domain.edition..";

    private DomainRules() {
    }

    /** The domain knows only the JDK, the Jakarta Validation API and itself: no adapter, no framework, no I/O library. */
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VALIDATION_API = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", DOMAIN)
            .because("the core is plain Java: adapters plug into its ports, never the other way round");

    /** The domain reaches no database, even through the JDK. */
    static final ArchRule DOMAIN_USES_NO_JDBC = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("storage is an adapter behind the Editions port");

    /** Ports are use-case interfaces, SPIs and their value records and enums. */
    static final ArchRule PORT_TYPES_ARE_INTERFACES_OR_RECORDS =
            typesAreInterfacesOrRecords("org.digitalweek.event.domain.port..");

    /**
     * @param packages where the rule applies
     * @return the rule that every type there is an interface, a record or an enum
     */
    private static ArchRule typesAreInterfacesOrRecords(String packages) {
        return classes().that().resideInAPackage(packages).and().doNotHaveSimpleName("package-info")
                .should(ArchConditions.be(DescribedPredicate.describe("an interface, a record or an enum",
                        (JavaClass c) -> c.isInterface() || c.isRecord() || c.isEnum())));
    }

    /** The public model cannot reach the aggregate root or its internal records: the separation is by type. */
    static final ArchRule PUBLIC_MODEL_CANNOT_REACH_INTERNAL_RECORDS =
            cannotReachInternalRecords("org.digitalweek.event.domain.model..");

    /** The checker, the protocol order and the diff read public programmes only, so they can never report internal data. */
    static final ArchRule PUBLIC_VIEW_READERS_CANNOT_REACH_INTERNAL_RECORDS = cannotReachInternalRecords(
            "org.digitalweek.event.domain.rules..", "org.digitalweek.event.domain.protocol..",
            "org.digitalweek.event.domain.diff..");

    /** The domain's packages depend on each other without cycles. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.digitalweek.event.domain.(*)..")
            .should().beFreeOfCycles();

    /**
     * @param packages where the rule applies
     * @return the rule that no type there depends on the package of the aggregate root and its internal records
     */
    private static ArchRule cannotReachInternalRecords(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .because("exporters receive the public view and must never see contacts or protocol notes");
    }

    /** A library prints nothing. */
    static final ArchRule NO_STANDARD_STREAMS = noClasses().that().resideInAPackage(DOMAIN)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    /** A library leaves logging to its host. */
    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses().that().resideInAPackage(DOMAIN)
            .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING);

    /** Errors are typed. */
    static final ArchRule NO_GENERIC_EXCEPTIONS = noClasses().that().resideInAPackage(DOMAIN)
            .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS);
}
