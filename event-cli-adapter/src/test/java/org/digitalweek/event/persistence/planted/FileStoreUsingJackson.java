package org.digitalweek.event.persistence.planted;

import tools.jackson.databind.json.JsonMapper;

/** Breaks "Jackson only in JSON adapters": this package's name does not say json. */
public class FileStoreUsingJackson {
    JsonMapper mapper;
}
