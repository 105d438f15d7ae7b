package org.digitalweek.event.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs the domain's architecture rules over its production classes. */
@AnalyzeClasses(packages = "org.digitalweek.event.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule onlyJavaAndValidation = DomainRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VALIDATION_API;
    @ArchTest
    static final ArchRule noJdbc = DomainRules.DOMAIN_USES_NO_JDBC;
    @ArchTest
    static final ArchRule portsAreInterfacesOrRecords = DomainRules.PORT_TYPES_ARE_INTERFACES_OR_RECORDS;
    @ArchTest
    static final ArchRule publicModelCannotReachInternal = DomainRules.PUBLIC_MODEL_CANNOT_REACH_INTERNAL_RECORDS;
    @ArchTest
    static final ArchRule publicViewReadersCannotReachInternal =
            DomainRules.PUBLIC_VIEW_READERS_CANNOT_REACH_INTERNAL_RECORDS;
    @ArchTest
    static final ArchRule noPackageCycles = DomainRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule noStandardStreams = DomainRules.NO_STANDARD_STREAMS;
    @ArchTest
    static final ArchRule noJavaUtilLogging = DomainRules.NO_JAVA_UTIL_LOGGING;
    @ArchTest
    static final ArchRule noGenericExceptions = DomainRules.NO_GENERIC_EXCEPTIONS;
}
