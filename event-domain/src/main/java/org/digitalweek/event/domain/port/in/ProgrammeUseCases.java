package org.digitalweek.event.domain.port.in;

/**
 * The use cases of an edition's programme, reads and changes, as one port: what a front end or the
 * command line needs to list, show, plan and change editions and to check their programme.
 */
public interface ProgrammeUseCases extends ListEditions, GetEdition, GetSession, GetOfficial, QueryProgramme,
        CheckProgramme, QueryProtocol, PlanEdition, RegisterParticipation, RegisterOfficial, AddSession, MoveSession,
        CancelSession, AssignParticipant {
}
