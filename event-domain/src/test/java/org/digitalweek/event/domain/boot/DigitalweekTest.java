package org.digitalweek.event.domain.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.RuleSettings;
import org.digitalweek.event.domain.rules.Severity;

/** The facade over an application's own store: the use cases, the options, and what it closes. */
class DigitalweekTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T08:00:00Z"), ZoneOffset.UTC);

    /** The same object, that notes when it is closed. */
    @SuppressWarnings("unchecked")
    private static <T> T notingClose(Class<T> type, T delegate, AtomicBoolean closed) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                closed.set(true);
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void theUseCasesWorkOverTheApplicationsStoreWithItsClockAndRules() {
        AtomicBoolean closed = new AtomicBoolean();
        Editions store = notingClose(Editions.class, new FakeEditions(), closed);
        try (Digitalweek week = Digitalweek.builder().store(store).clock(CLOCK)
                .rules(RuleSettings.defaults().with(Rule.ROOM_NOT_CHOSEN, Severity.ERROR)).build()) {
            ChangeOutcome planned = week.programme().plan(new PlanEditionCommand(EditionDrafts.week()));

            assertThat(planned.caused()).filteredOn(f -> f.rule() == Rule.ROOM_NOT_CHOSEN)
                    .extracting(f -> f.severity()).containsOnly(Severity.ERROR);
            assertThat(week.programme().editions(EditionQuery.ALL)).hasSize(1);
            assertThat(week.programme().edition(new EditionQueryById(EditionDrafts.ID)).version()).isEqualTo(1);
            assertThat(week.reuse()).isNotNull();
            assertThat(week.storeFiles()).isEmpty();
            assertThatThrownBy(() -> week.publication().publish(PublishEditionCommand.of(EditionDrafts.ID, 1L)))
                    .hasMessageContaining(EditionDrafts.ID);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void theFormatsAreThoseOfTheClassLoaderGiven(@TempDir Path jar) throws IOException {
        Path services = Files.createDirectories(jar.resolve("META-INF/services"));
        Files.writeString(services.resolve(Exporter.class.getName()),
                FormatCatalogueTest.SessionListExporter.class.getName() + "\n");
        Files.writeString(services.resolve(Importer.class.getName()),
                FormatCatalogueTest.FixedImporter.class.getName() + "\n");
        try (URLClassLoader thirdParty = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                DigitalweekTest.class.getClassLoader());
             Digitalweek week = Digitalweek.builder().store(new FakeEditions()).classLoader(thirdParty).build()) {
            week.programme().plan(new PlanEditionCommand(EditionDrafts.week()));

            assertThat(week.documents().formats()).contains(
                    new FormatDescription("session-list", "text/plain", true, false),
                    new FormatDescription("fixed", "application/octet-stream", false, true));
            assertThat(new String(week.documents().export(new ExportQuery(EditionDrafts.ID, "session-list", "fr"))
                    .bytes())).startsWith("opening\n");
        }
    }

    @Test
    void theApplicationsValidatorFactoryIsLeftOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        try (ValidatorFactory own = Validation.buildDefaultValidatorFactory()) {
            ValidatorFactory factory = notingClose(ValidatorFactory.class, own, closed);
            try (Digitalweek week = Digitalweek.builder().store(new FakeEditions()).validatorFactory(factory).build()) {
                week.programme().plan(new PlanEditionCommand(EditionDrafts.week()));
            }
        }
        assertThat(closed).isFalse();
    }

    @Test
    void aStoreIsRequiredAndAnUnknownUriNamesTheFormsThatOpen() {
        assertThatThrownBy(() -> Digitalweek.builder().build()).isInstanceOf(IllegalStateException.class);
        // The domain's own class path holds no store: the message says so rather than failing later.
        assertThatThrownBy(() -> Digitalweek.builder().store("mem:")
                .classLoader(new URLClassLoader(new URL[0], null)).build()).isInstanceOf(StoreUriException.class);
    }
}
