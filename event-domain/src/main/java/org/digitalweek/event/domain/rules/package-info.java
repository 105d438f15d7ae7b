/**
 * The programme checker: the rules that catch what organisers get wrong under pressure (a minister
 * booked in two rooms, a panel outside the week, a ceremony out of protocol order), each with a
 * severity the caller can change or switch off, and findings that name the sessions, people, rooms
 * and times in French and English. Start with {@link org.digitalweek.event.domain.rules.ProgrammeChecker}.
 */
package org.digitalweek.event.domain.rules;
