package org.digitalweek.event.domain.contract;

import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.port.out.Editions;

/** The test double used by the use-case tests keeps the storage port's promises too. */
class FakeEditionsContractTest extends EditionsContract {

    @Override
    protected Editions emptyStore() {
        return new FakeEditions();
    }
}
