package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.rules.CheckReport;

/** Use case: find what is wrong with an edition's programme before it is published. */
public interface CheckProgramme {

    /**
     * @param query which edition
     * @return the findings of the programme rules, most serious first
     */
    CheckReport check(EditionQueryById query);
}
