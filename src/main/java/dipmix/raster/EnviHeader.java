package dipmix.raster;

import dipmix.cube.SpectralInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Completes an ENVI header GDAL has written and closed. GDAL 3.6's ENVI writer does not write
 * per-band wavelengths, while its reader takes "wavelength", "wavelength units", "fwhm" and "bbl" from the header.
 */
final class EnviHeader {
    private EnviHeader() {
    }

    /**
     * Finishes the header GDAL wrote for {@code writtenAs} (a temporary name) so it describes {@code finalImg}:
     * the temporary path GDAL put in "description" is replaced, and the spectral keys are appended.
     */
    static void finish(Path hdr, Path writtenAs, Path finalImg, SpectralInfo s) throws IOException {
        String text = Files.readString(hdr, StandardCharsets.ISO_8859_1)
                .replace(writtenAs.toString(), finalImg.getFileName().toString());
        StringBuilder b = new StringBuilder(text);
        if (!text.endsWith("\n")) b.append('\n');
        double[] wl = s.wavelengthsNm();
        if (wl != null) {
            b.append("wavelength units = Nanometers\n");
            b.append("wavelength = ").append(EnviList.format(wl)).append('\n');
            double[] fwhm = s.fwhmNm();
            if (fwhm != null) b.append("fwhm = ").append(EnviList.format(fwhm)).append('\n');
        }
        if (s.badBandIndices().length > 0) b.append("bbl = ").append(bbl(s)).append('\n');
        Files.writeString(hdr, b, StandardCharsets.ISO_8859_1);
    }

    /** ENVI's bad band list: 1 for a good band, 0 for a bad one. */
    static String bbl(SpectralInfo s) {
        double[] flags = new double[s.bandCount()];
        for (int i = 0; i < flags.length; i++) flags[i] = s.isBad(i) ? 0 : 1;
        return EnviList.format(flags);
    }
}
