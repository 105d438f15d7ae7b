package org.digitalweek.event.benchmarks.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeapFootprintTest {

    @Test
    void aLoadedEditionTakesMoreThanItsSessionsAloneAndNamesItsLargestClasses() {
        HeapFootprint.Report report = HeapFootprint.measure(1_000);

        assertThat(report.sessions()).isEqualTo(1_000);
        assertThat(report.objects()).isGreaterThan(10_000);
        assertThat(report.bytesPerSession()).isBetween(100.0, 100_000.0);
        assertThat(report.largest()).extracting(HeapFootprint.ClassShare::name).contains("Session");
    }

    @Test
    void countsEveryObjectReachedOnce() {
        List<Object> list = new ArrayList<>();
        String shared = "x".repeat(1000);
        list.add(shared);
        list.add(shared);
        HeapFootprint.Report once = HeapFootprint.of(List.of(shared), 1);
        HeapFootprint.Report twice = HeapFootprint.of(list, 1);

        assertThat(twice.bytes() - once.bytes()).isLessThan(1000);
    }
}
