package org.digitalweek.event.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the classes of test jars ({@code event-domain-…-tests.jar}, whose fixtures the serve tests
 * use): ArchUnit's {@link ImportOption.DoNotIncludeTests} only knows test-class folders, and the
 * domain's test jar holds planted classes of its own that break the rules on purpose.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
