package org.digitalweek.event.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Runs the cross-module rules over the production classes of every module on this module's class
 * path (domain, persistence, export, the HTTP API, command line); test classes and test jars, the
 * planted ones among them, are not imported.
 */
@AnalyzeClasses(packages = "org.digitalweek.event",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class HexagonArchitectureTest {

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER;
    @ArchTest
    static final ArchRule onlyTheRootKnowsAdapters = HexagonRules.ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS;
    @ArchTest
    static final ArchRule exportNeverSeesInternalRecords = HexagonRules.EXPORT_NEVER_SEES_INTERNAL_RECORDS;
    @ArchTest
    static final ArchRule drivingAdaptersUseOnlyTheInPorts = HexagonRules.DRIVING_ADAPTERS_USE_ONLY_THE_IN_PORTS;
    @ArchTest
    static final ArchRule inPortsOfferOnlyTheDrivingSide = HexagonRules.IN_PORTS_OFFER_ONLY_THE_DRIVING_SIDE;
    @ArchTest
    static final ArchRule rootsHandOutOnlyTheInPorts = HexagonRules.ROOTS_HAND_OUT_ONLY_THE_IN_PORTS;
    @ArchTest
    static final ArchRule onlyTheFacadeDiscoversAdapters = HexagonRules.ONLY_THE_FACADE_DISCOVERS_ADAPTERS;
    @ArchTest
    static final ArchRule jacksonOnlyInJsonAdapters = HexagonRules.JACKSON_ONLY_IN_JSON_ADAPTERS;
    @ArchTest
    static final ArchRule jdbcOnlyInTheJdbcAdapter = HexagonRules.JDBC_ONLY_IN_THE_JDBC_ADAPTER;
    @ArchTest
    static final ArchRule picocliOnlyInTheCli = HexagonRules.PICOCLI_ONLY_IN_THE_CLI;
    @ArchTest
    static final ArchRule hibernateOnlyAtTheRoot = HexagonRules.HIBERNATE_ONLY_AT_THE_COMPOSITION_ROOT;
    @ArchTest
    static final ArchRule onlyTheRootStartsTheHttpApi = HexagonRules.ONLY_THE_ROOT_STARTS_THE_HTTP_API;
    @ArchTest
    static final ArchRule noPackageCycles = HexagonRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule libraryCodingRules = HexagonRules.LIBRARY_CODING_RULES;
}
