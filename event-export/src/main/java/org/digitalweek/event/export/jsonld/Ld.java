package org.digitalweek.event.export.jsonld;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonGenerator;

/** The few shapes of JSON-LD the exporter writes, on top of the generator; empty values are left out. */
final class Ld {

    private final JsonGenerator json;

    Ld(JsonGenerator json) {
        this.json = json;
    }

    JsonGenerator json() {
        return json;
    }

    /** Starts a node object with its {@code @type} and {@code @id}. */
    void startNode(String type, String id) {
        json.writeStartObject();
        json.writeStringProperty("@type", type);
        json.writeStringProperty("@id", id);
    }

    /** Starts a node object without an {@code @id} (a blank node), under {@code name}. */
    void startBlank(String name, String type) {
        json.writeObjectPropertyStart(name);
        json.writeStringProperty("@type", type);
    }

    void end() {
        json.writeEndObject();
    }

    /** Writes {@code name: value} unless the value is blank. */
    void text(String name, String value) {
        if (!value.isBlank()) {
            json.writeStringProperty(name, value);
        }
    }

    /** Writes {@code name: {"@id": iri}}. */
    void ref(String name, String iri) {
        json.writeObjectPropertyStart(name);
        json.writeStringProperty("@id", iri);
        json.writeEndObject();
    }

    /** Writes {@code name: [{"@id": iri}, …]} unless there are none. */
    void refs(String name, List<String> iris) {
        if (iris.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart(name);
        for (String iri : iris) {
            json.writeStartObject();
            json.writeStringProperty("@id", iri);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Writes {@code name: [value, …]} unless there are none. */
    void texts(String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Writes a {@code PostalAddress} with the city, when known, and the ISO country code. */
    void address(Optional<String> city, Optional<String> countryCode) {
        if (city.isEmpty() && countryCode.isEmpty()) {
            return;
        }
        startBlank("address", "PostalAddress");
        city.ifPresent(c -> text("addressLocality", c));
        countryCode.ifPresent(c -> json.writeStringProperty("addressCountry", c));
        json.writeEndObject();
    }
}
