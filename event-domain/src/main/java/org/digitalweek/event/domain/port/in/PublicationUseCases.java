package org.digitalweek.event.domain.port.in;

/** The use cases of publication as one port: releases, archiving, and what changed between two programmes. */
public interface PublicationUseCases extends PublishEdition, ArchiveEdition, QueryReleases, DiffProgrammes {
}
