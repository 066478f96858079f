package org.sessiontracking.bootstrap.registrant;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.registrant.JooqRegistrantImportStore;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.adapters.web.csv.CsvTable;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.ImportResult;
import org.sessiontracking.application.registrant.usecase.ImportRegistrants;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.user.Role;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a generated 100,000-row registrants CSV end to end (bytes, Commons CSV parser, the import
 * use case's checks, the chunked upsert into a real PostgreSQL, one transaction) and prints time and
 * peak heap; then re-imports it unchanged and with every name changed. Asserts only the counts.
 * Run with:
 * {@code ./mvnw -o -pl bootstrap -am verify -Dtest=RegistrantImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RegistrantImportBenchmark {

    private static final int HOUSEHOLDS = 20_000;
    private static final int MEMBERS_PER_HOUSEHOLD = 4;

    private final DSLContext db = TestDatabase.dsl();
    private final Clock clock = Clock.systemUTC();

    @Test
    void importsOneHundredThousandRows() {
        byte[] file = generate("");
        System.out.printf(Locale.ROOT, "%nCSV: %,d rows, %,d bytes%n", HOUSEHOLDS * (MEMBERS_PER_HOUSEHOLD + 1), file.length);

        ImportResult first = measure("first import (all created)", file);
        assertThat(first).isEqualTo(new ImportRegistrantsUseCase.Imported(100_000, 0, 0));
        ImportResult again = measure("re-import, nothing changed", file);
        assertThat(again).isEqualTo(new ImportRegistrantsUseCase.Imported(0, 0, 100_000));
        ImportResult changed = measure("re-import, every name changed", generate(" Jr."));
        assertThat(changed).isEqualTo(new ImportRegistrantsUseCase.Imported(0, 100_000, 0));
    }

    private ImportResult measure(String what, byte[] file) {
        System.gc();
        long heapBefore = usedHeap();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportResult result = db.transactionResult(configuration -> {
            ImportRegistrants importer = new ImportRegistrants(new JooqRegistrantImportStore(configuration.dsl(), clock),
                    FixedActor.signedIn(Role.MANAGER), clock);
            try (CsvTable table = CsvTable.of(new ByteArrayInputStream(file))) {
                return importer.importRegistrants(new ImportRegistrantsUseCase.Command(table));
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-32s %,7d ms   heap before %,5d MB, peak %,5d MB (max heap %,d MB)   %s%n",
                what, millis, heapBefore >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, result);
        return result;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Households first or last does not matter; members refer to their household by external id. */
    private static byte[] generate(String nameSuffix) {
        StringBuilder csv = new StringBuilder("external_id,full_name,kind,group_external_id,area,sex,birth_date\n");
        String[] families = {"Santos", "Reyes", "Cruz", "Dela Cruz", "Bautista", "Peña", "Ocampo", "García"};
        String[] given = {"Maria", "José", "Ana", "Pedro", "Liza", "Noel", "Grace", "Ramón"};
        LocalDate born = LocalDate.of(1950, 1, 1);
        for (int h = 0; h < HOUSEHOLDS; h++) {
            String household = String.format(Locale.ROOT, "BENCH-HH-%06d", h);
            String family = families[h % families.length];
            String area = "Barangay " + (h % 120 + 1);
            csv.append(household).append(",\"").append(family).append(", Household").append(nameSuffix)
                    .append("\",HOUSEHOLD,,").append(area).append(",,\n");
            for (int m = 0; m < MEMBERS_PER_HOUSEHOLD; m++) {
                int n = h * MEMBERS_PER_HOUSEHOLD + m;
                csv.append(String.format(Locale.ROOT, "BENCH-%07d", n)).append(',')
                        .append(given[n % given.length]).append(' ').append(family).append(nameSuffix).append(",INDIVIDUAL,")
                        .append(household).append(',').append(area).append(',').append(m % 2 == 0 ? "F" : "M")
                        .append(',').append(born.plusDays(n % 20_000)).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
