package org.digitalweek.event.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs the cross-module rules over the production classes of every module of the project. */
@AnalyzeClasses(packages = "org.digitalweek.event", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = HexagonRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER;
    @ArchTest
    static final ArchRule onlyTheRootConstructsAdapters = HexagonRules.ONLY_THE_COMPOSITION_ROOT_CONSTRUCTS_ADAPTERS;
    @ArchTest
    static final ArchRule exportersSeeOnlyThePublicView = HexagonRules.EXPORTERS_SEE_ONLY_THE_PUBLIC_VIEW;
    @ArchTest
    static final ArchRule jacksonOnlyInJsonAdapters = HexagonRules.JACKSON_ONLY_IN_JSON_ADAPTERS;
    @ArchTest
    static final ArchRule jdbcOnlyInTheJdbcAdapter = HexagonRules.JDBC_ONLY_IN_THE_JDBC_ADAPTER;
    @ArchTest
    static final ArchRule picocliOnlyInTheCli = HexagonRules.PICOCLI_ONLY_IN_THE_CLI;
    @ArchTest
    static final ArchRule hibernateOnlyAtTheRoot = HexagonRules.HIBERNATE_ONLY_AT_THE_COMPOSITION_ROOT;
    @ArchTest
    static final ArchRule noPackageCycles = HexagonRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule libraryCodingRules = HexagonRules.LIBRARY_CODING_RULES;
}
