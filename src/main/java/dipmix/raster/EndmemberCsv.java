package dipmix.raster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Endmember spectra as CSV: header {@code wavelength_nm,<material>,...}, then one row per band. Names with
 * commas or quotes are quoted as RFC 4180 says. Numbers are written so they read back exactly.
 */
public final class EndmemberCsv {
    public static final String WAVELENGTH_COLUMN = "wavelength_nm";

    private EndmemberCsv() {
    }

    /** @throws RasterException for a missing or malformed file (the message names the file and line) */
    public static EndmemberTable read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RasterException("file not found: " + path);
        } catch (IOException e) {
            throw new RasterException("cannot read " + path + ": " + e.getMessage(), e);
        }
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) throw new RasterException("empty endmember CSV: " + path);
        List<String> header = CsvLine.split(lines.get(0));
        if (header.size() < 2 || !WAVELENGTH_COLUMN.equalsIgnoreCase(header.get(0).strip())) {
            throw new RasterException(path + ": the header must be '" + WAVELENGTH_COLUMN
                    + ",<material>,...', got '" + lines.get(0) + "'");
        }
        int r = header.size() - 1;
        int p = lines.size() - 1;
        double[] wl = new double[p];
        double[][] spectra = new double[r][p];
        for (int b = 0; b < p; b++) {
            List<String> cells = CsvLine.split(lines.get(b + 1));
            if (cells.size() != r + 1) {
                throw new RasterException(path + ":" + (b + 2) + ": " + cells.size() + " columns, the header has " + (r + 1));
            }
            wl[b] = number(cells.get(0), path, b + 2);
            for (int k = 0; k < r; k++) spectra[k][b] = number(cells.get(k + 1), path, b + 2);
        }
        return new EndmemberTable(wl, header.subList(1, header.size()).stream().map(String::strip).toList(), spectra);
    }

    /** Writes the table, under a temporary name first (see {@link AtomicOutput}). */
    public static void write(Path path, EndmemberTable table) {
        AtomicOutput.write(path, List.of(), temp -> {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                List<String> header = new ArrayList<>();
                header.add(WAVELENGTH_COLUMN);
                header.addAll(table.names());
                w.write(CsvLine.join(header));
                w.newLine();
                for (int b = 0; b < table.bands(); b++) {
                    StringBuilder row = new StringBuilder(EnviList.formatNumber(table.wavelengthsNm()[b]));
                    for (int k = 0; k < table.count(); k++) {
                        row.append(',').append(EnviList.formatNumber(table.spectra()[k][b]));
                    }
                    w.write(row.toString());
                    w.newLine();
                }
            }
        });
    }

    private static double number(String cell, Path path, int line) {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw new RasterException(path + ":" + line + ": not a number: '" + cell + "'");
        }
    }
}
