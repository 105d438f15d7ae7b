package org.digitalweek.event.domain.architecture.planted;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks "the domain depends only on Java and the validation API". */
public class PlantedJacksonInDomain {
    @JsonProperty("name")
    String name;
}
