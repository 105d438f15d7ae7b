package org.digitalweek.event.domain.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.language.ReaderLanguage;

/** The programme cannot be published: the rules found errors, listed here. Nothing was changed. */
public final class ProgrammeHasErrorsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String editionId;
    private final transient List<Finding> errors;

    /**
     * @param editionId the edition
     * @param errors    the findings of severity ERROR; at least one
     */
    public ProgrammeHasErrorsException(String editionId, List<Finding> errors) {
        super(describe(editionId, errors, "en"));
        if (errors.isEmpty()) {
            throw new InvariantViolationException("ProgrammeHasErrorsException", "at least one finding is required");
        }
        this.editionId = editionId;
        this.errors = List.copyOf(errors);
    }

    /** @return the edition */
    public String editionId() {
        return editionId;
    }

    /** @return the findings that stop publication */
    public List<Finding> errors() {
        return errors;
    }

    @Override
    public String getMessage(String language) {
        return describe(editionId, errors, language);
    }

    private static String describe(String editionId, List<Finding> errors, String language) {
        String head = ReaderLanguage.of(language).french()
                ? "édition « " + editionId + " » : publication refusée, "
                        + Plurals.french(errors.size(), "erreur", "erreurs") + " au programme"
                : "edition '" + editionId + "': publication refused, "
                        + Plurals.english(errors.size(), "error", "errors") + " in the programme";
        return errors.stream().map(f -> "  [" + f.rule().code() + "] " + f.message(language))
                .collect(Collectors.joining("\n", head + "\n", ""));
    }
}
