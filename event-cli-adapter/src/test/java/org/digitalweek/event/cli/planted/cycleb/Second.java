package org.digitalweek.event.cli.planted.cycleb;

import org.digitalweek.event.cli.planted.cyclea.First;

/** The other half of a planted package cycle. */
public class Second {
    First other;
}
