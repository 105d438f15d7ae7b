package org.digitalweek.event.benchmarks.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

class BareStaxTest {

    @Test
    void readsEveryTextAndAttributeValue() throws XMLStreamException {
        byte[] xml = "<schedule version=\"1.4\"><title>FOSDEM</title><![CDATA[é]]></schedule>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(BareStax.pass(xml)).isEqualTo(3 + 6 + 1);
    }

    @Test
    void refusesADocumentTypeAsTheImporterDoes() {
        byte[] xml = "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BareStax.pass(xml)).isInstanceOf(XMLStreamException.class);
    }
}
