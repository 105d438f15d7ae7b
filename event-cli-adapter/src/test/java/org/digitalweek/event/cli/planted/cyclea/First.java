package org.digitalweek.event.cli.planted.cyclea;

import org.digitalweek.event.cli.planted.cycleb.Second;

/** One half of a planted package cycle. */
public class First {
    Second other;
}
