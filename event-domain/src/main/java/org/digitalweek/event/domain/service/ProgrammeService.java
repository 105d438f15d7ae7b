package org.digitalweek.event.domain.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.MinistryDraft;
import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.draft.ParticipationDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.port.in.AddSessionCommand;
import org.digitalweek.event.domain.port.in.AssignParticipantCommand;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.OfficialQuery;
import org.digitalweek.event.domain.port.in.OfficialSessions;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.RegisterOfficialCommand;
import org.digitalweek.event.domain.port.in.RegisterParticipationCommand;
import org.digitalweek.event.domain.port.in.SessionQuery;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.protocol.ProtocolOrder;
import org.digitalweek.event.domain.protocol.ProtocolPlace;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.validation.InputValidator;

/**
 * The use cases of planning a programme, over any {@link Editions} store. Every change loads the
 * edition, applies the command to its draft form, validates the whole result (so a command that
 * names an unknown room or person is reported with its path, like an import), and saves it with
 * the version the caller read. A refused change stores nothing; a stored one returns the findings of
 * the programme rules it caused and resolved ({@link FindingChanges}). Reading editions, sessions,
 * officials, checking the programme and its protocol order are here too; publishing is
 * {@link PublicationService}'s.
 */
public final class ProgrammeService implements ProgrammeUseCases {

    private final Editions editions;
    private final InputValidator validator;
    private final ProgrammeChecker checker;

    /**
     * A service whose checker applies every rule at its default severity.
     *
     * @param editions  the store
     * @param validator checks commands and drafts
     */
    public ProgrammeService(Editions editions, InputValidator validator) {
        this(editions, validator, new ProgrammeChecker());
    }

    /**
     * @param editions  the store
     * @param validator checks commands and drafts
     * @param checker   the programme rules, as the organisers configured them
     */
    public ProgrammeService(Editions editions, InputValidator validator, ProgrammeChecker checker) {
        this.editions = Objects.requireNonNull(editions, "'editions' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.checker = Objects.requireNonNull(checker, "'checker' must not be null");
    }

    @Override
    public ChangeOutcome plan(PlanEditionCommand command) {
        validator.check("l'édition à planifier", "the edition to plan", command);
        return FindingChanges.outcome(checker, null, editions.save(Edition.of(Drafts.toEdition(command.edition())), 0));
    }

    @Override
    public ChangeOutcome register(RegisterParticipationCommand command) {
        validator.check("la participation à enregistrer", "the participation to register", command);
        MinistryDraft ministry = command.ministry();
        return change(command.editionId(), command.expectedVersion(), draft ->
                DraftEdits.withParticipation(draft, ministry,
                        new ParticipationDraft(ministry.id(), EnumSet.copyOf(command.roles()))));
    }

    @Override
    public ChangeOutcome register(RegisterOfficialCommand command) {
        validator.check("la personnalité à enregistrer", "the official to register", command);
        OfficialDraft official = command.official();
        return change(command.editionId(), command.expectedVersion(),
                draft -> DraftEdits.withOfficial(draft, official));
    }

    @Override
    public ChangeOutcome add(AddSessionCommand command) {
        validator.check("la session à ajouter", "the session to add", command);
        SessionDraft session = command.session();
        if (load(command.editionId()).publicView().session(new SessionId(session.id())).isPresent()) {
            throw new ForbiddenChangeException(command.editionId(),
                    "la session « " + session.id() + " » existe déjà",
                    "session '" + session.id() + "' exists already");
        }
        return change(command.editionId(), command.expectedVersion(),
                draft -> DraftEdits.withSession(draft, session));
    }

    @Override
    public ChangeOutcome move(MoveSessionCommand command) {
        validator.check("le déplacement de la session", "the move of the session", command);
        return changeSession(command.editionId(), command.expectedVersion(),
                command.sessionId(), s -> s.movedTo(command.slot(), command.roomId()));
    }

    @Override
    public ChangeOutcome cancel(CancelSessionCommand command) {
        validator.check("l'annulation de la session", "the cancellation of the session", command);
        return changeSession(command.editionId(), command.expectedVersion(),
                command.sessionId(), s -> s.withStatus(SessionStatus.CANCELLED));
    }

    @Override
    public ChangeOutcome assign(AssignParticipantCommand command) {
        validator.check("l'affectation du participant", "the assignment of the participant", command);
        return changeSession(command.editionId(), command.expectedVersion(),
                command.sessionId(), s -> s.withParticipant(command.participant()));
    }

    @Override
    public List<EditionSummary> editions(EditionQuery query) {
        Objects.requireNonNull(query, "'query' must not be null");
        return editions.list(query);
    }

    @Override
    public boolean holdsNoEdition() {
        return editions.isEmpty();
    }

    @Override
    public PublicEdition edition(EditionQueryById query) {
        validator.check("l'édition demandée", "the edition asked for", query);
        return load(query.editionId()).publicView();
    }

    @Override
    public Session session(SessionQuery query) {
        validator.check("la session demandée", "the session asked for", query);
        return session(load(query.editionId()).publicView(), query.sessionId());
    }

    @Override
    public OfficialSessions official(OfficialQuery query) {
        validator.check("la personnalité demandée", "the official asked for", query);
        PublicEdition view = load(query.editionId()).publicView();
        OfficialId id = new OfficialId(query.officialId());
        Official official = view.official(id).orElseThrow(
                () -> new ItemNotFoundException(view.id().value(), "official", query.officialId()));
        return new OfficialSessions(official, view.programme().stream().filter(s -> s.involves(id)).toList());
    }

    @Override
    public List<Session> programme(ProgrammeQuery query) {
        validator.check("la recherche dans le programme", "the search of the programme", query);
        List<Predicate<Session>> filters = new ArrayList<>();
        if (query.day() != null) {
            filters.add(s -> s.slot().touches(query.day()));
        }
        if (query.roomId() != null) {
            filters.add(s -> s.room().map(new RoomId(query.roomId())::equals).orElse(false));
        }
        if (query.trackId() != null) {
            filters.add(s -> s.track().map(new TrackId(query.trackId())::equals).orElse(false));
        }
        if (query.personId() != null) {
            filters.add(s -> s.involves(new OfficialId(query.personId())));
        }
        Predicate<Session> all = filters.stream().reduce(s -> true, Predicate::and);
        return load(query.editionId()).publicView().programme().stream().filter(all).toList();
    }

    @Override
    public CheckReport check(EditionQueryById query) {
        validator.check("l'édition demandée", "the edition asked for", query);
        return checker.check(load(query.editionId()).publicView());
    }

    @Override
    public List<ProtocolPlace> speakingOrder(SessionQuery query) {
        validator.check("la session demandée", "the session asked for", query);
        PublicEdition view = load(query.editionId()).publicView();
        return ProtocolOrder.speakingOrder(view, session(view, query.sessionId()));
    }

    @Override
    public List<ProtocolPlace> seatingOrder(SessionQuery query) {
        validator.check("la session demandée", "the session asked for", query);
        PublicEdition view = load(query.editionId()).publicView();
        return ProtocolOrder.seatingOrder(view, session(view, query.sessionId()));
    }

    private static Session session(PublicEdition view, String sessionId) {
        return view.session(new SessionId(sessionId))
                .orElseThrow(() -> new ItemNotFoundException(view.id().value(), "session", sessionId));
    }

    private ChangeOutcome changeSession(String editionId, long expectedVersion, String sessionId,
                                  UnaryOperator<SessionDraft> edit) {
        Session session = session(load(editionId).publicView(), sessionId);
        SessionDraft changed = edit.apply(Drafts.fromSession(session));
        return change(editionId, expectedVersion, draft -> DraftEdits.withSession(draft, changed));
    }

    private ChangeOutcome change(String editionId, long expectedVersion, UnaryOperator<EditionDraft> edit) {
        Edition current = StoredEditions.loadChangeable(editions, editionId, expectedVersion);
        EditionDraft draft = validator.check("l'édition « " + editionId + " » une fois changée",
                "edition '" + editionId + "' once changed", edit.apply(Drafts.fromEdition(current.publicView())));
        PublicEdition next = Drafts.toEdition(draft).toBuilder().version(current.version()).build();
        return FindingChanges.outcome(checker, current.publicView(),
                editions.save(current.withPublicView(next), expectedVersion));
    }

    private Edition load(String editionId) {
        return StoredEditions.load(editions, editionId);
    }
}
