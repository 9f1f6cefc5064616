package org.eventscope.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which CSV library the spreadsheet import reads with, by measurement: FastCSV, Apache Commons CSV
 * and Jackson's CSV format each read a synthetic ACLED-shaped export ({@link SyntheticAcled},
 * 500,000 rows by default) from the same UTF-8 reader, every field of every row touched; three
 * rounds, alternating, after a warm-up. See docs/benchmarks.md.
 */
public final class CsvLibraryBenchmark {

    private CsvLibraryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("synthetic-acled-" + rows + ".csv");
        if (!Files.exists(file)) {
            SyntheticAcled.write(file, rows, 11);
        }
        double mb = Files.size(file) / 1e6;
        String[] names = {"FastCSV 3.7.0", "Commons CSV 1.14.1", "Jackson CSV 2.20"};
        double[][] ms = new double[names.length][3];
        long[] check = new long[names.length];
        for (int round = -1; round < 3; round++) {
            for (int lib = 0; lib < names.length; lib++) {
                long t0 = System.nanoTime();
                check[lib] = read(lib, file);
                double took = (System.nanoTime() - t0) / 1e6;
                if (round >= 0) {
                    ms[lib][round] = took;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d rows, %.0f MB%n", rows, mb);
        for (int lib = 0; lib < names.length; lib++) {
            double[] sorted = ms[lib].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-20s median %6.0f ms  %6.0f MB/s  (fields' characters: %d)%n",
                    names[lib],
                    sorted[1],
                    mb / (sorted[1] / 1000),
                    check[lib]);
        }
    }

    private static Reader open(Path file) throws IOException {
        BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /** Reads every field; returns the number of characters seen, so that nothing is optimised away. */
    private static long read(int lib, Path file) throws IOException {
        long chars = 0;
        try (Reader in = open(file)) {
            switch (lib) {
                case 0 -> {
                    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
                        for (CsvRecord r : csv) {
                            for (int i = 0; i < r.getFieldCount(); i++) {
                                chars += r.getField(i).length();
                            }
                        }
                    }
                }
                case 1 -> {
                    for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                        for (int i = 0; i < r.size(); i++) {
                            chars += r.get(i).length();
                        }
                    }
                }
                default -> {
                    CsvMapper mapper = new CsvMapper();
                    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                    try (MappingIterator<String[]> it =
                            mapper.readerFor(String[].class).readValues(in)) {
                        while (it.hasNext()) {
                            for (String f : it.next()) {
                                chars += f.length();
                            }
                        }
                    }
                }
            }
        }
        return chars;
    }
}
