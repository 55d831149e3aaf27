package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdal.gdal.Dataset;
import org.gdal.gdalconst.gdalconstConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each place GDAL exposes wavelengths, and each unit, read through the real GDAL. */
class WavelengthMetadataTest {
    @TempDir
    Path dir;

    /** A 3-band 2x2 GeoTIFF; {@code decorate} sets metadata on the open dataset. */
    private Path geotiff(String name, java.util.function.Consumer<Dataset> decorate) {
        GdalRuntime.ensure();
        Path path = dir.resolve(name);
        Dataset ds = GdalCreate.driver("GTiff").Create(path.toString(), 2, 2, 3, gdalconstConstants.GDT_Float32);
        try {
            decorate.accept(ds);
        } finally {
            ds.delete();
        }
        return path;
    }

    /** An ENVI .img of 3 bands 2x2 with the given extra header lines (written by hand, as other software does). */
    private Path envi(String name, String extraHeader) throws IOException {
        Path img = dir.resolve(name + ".img");
        Files.write(img, new byte[3 * 2 * 2 * 4]);
        Files.writeString(dir.resolve(name + ".hdr"), "ENVI\nsamples = 2\nlines = 2\nbands = 3\nheader offset = 0\n"
                + "file type = ENVI Standard\ndata type = 4\ninterleave = bsq\nbyte order = 0\n" + extraHeader);
        return img;
    }

    @Test
    void enviHeaderInMicrometresWithFwhmAndBadBands() throws IOException {
        Path img = envi("um", "wavelength units = Micrometers\nwavelength = { 0.45, 0.55 ,0.65}\n"
                + "fwhm = {0.01, 0.01, 0.02}\nbbl = {1, 0, 1}\n");

        RasterMetadata m = RasterInspector.metadata(img);

        assertThat(m.spectral().wavelengthsNm()).containsExactly(new double[]{450, 550, 650}, within(1e-9));
        assertThat(m.spectral().fwhmNm()).containsExactly(new double[]{10, 10, 20}, within(1e-9));
        assertThat(m.spectral().badBandIndices()).containsExactly(1);
        assertThat(m.wavelengthUnits()).isEqualTo("um");
    }

    @Test
    void enviHeaderWithoutUnitsUnder100IsTakenForMicrometres() throws IOException {
        Path img = envi("nounit", "wavelength = {0.45, 0.55, 0.65}\n");

        RasterMetadata m = RasterInspector.metadata(img);

        assertThat(m.spectral().wavelengthsNm()).containsExactly(new double[]{450, 550, 650}, within(1e-9));
        assertThat(m.wavelengthUnits()).isEqualTo("um (assumed)");
    }

    @Test
    void enviHeaderInNanometresWithUnknownUnitStaysNanometres() throws IOException {
        Path img = envi("nm", "wavelength units = Unknown\nwavelength = {450, 550, 650}\n");

        RasterMetadata m = RasterInspector.metadata(img);

        assertThat(m.spectral().wavelengthsNm()).containsExactly(450, 550, 650);
        assertThat(m.wavelengthUnits()).isEqualTo("nm (assumed)");
    }

    @Test
    void bandMetadataWithUnits() {
        Path tif = geotiff("band.tif", ds -> {
            for (int b = 1; b <= 3; b++) {
                ds.GetRasterBand(b).SetMetadataItem("wavelength", Double.toString(0.4 + 0.1 * b));
                ds.GetRasterBand(b).SetMetadataItem("wavelength_units", "micrometers");
            }
        });

        RasterMetadata m = RasterInspector.metadata(tif);

        assertThat(m.spectral().wavelengthsNm()).containsExactly(new double[]{500, 600, 700}, within(1e-9));
        assertThat(m.wavelengthUnits()).isEqualTo("um");
    }

    @Test
    void bandMetadataWithoutUnitsOver100IsNanometres() {
        Path tif = geotiff("band_nm.tif", ds -> {
            for (int b = 1; b <= 3; b++) ds.GetRasterBand(b).SetMetadataItem("wavelength", Integer.toString(400 + b));
        });

        RasterMetadata m = RasterInspector.metadata(tif);

        assertThat(m.spectral().wavelengthsNm()).containsExactly(401, 402, 403);
        assertThat(m.wavelengthUnits()).isEqualTo("nm (assumed)");
    }

    @Test
    void imageryDomainCentralWavelengthInMicrometres() {
        Path tif = geotiff("imagery.tif", ds -> {
            for (int b = 1; b <= 3; b++) {
                ds.GetRasterBand(b).SetMetadataItem("CENTRAL_WAVELENGTH_UM", Double.toString(1.0 + b), "IMAGERY");
                ds.GetRasterBand(b).SetMetadataItem("FWHM_UM", "0.005", "IMAGERY");
            }
        });

        RasterMetadata m = RasterInspector.metadata(tif);

        assertThat(m.spectral().wavelengthsNm()).containsExactly(new double[]{2000, 3000, 4000}, within(1e-9));
        assertThat(m.spectral().fwhmNm()).containsExactly(new double[]{5, 5, 5}, within(1e-9));
        assertThat(m.wavelengthUnits()).isEqualTo("um");
    }

    @Test
    void noWavelengthsAtAll() {
        Path tif = geotiff("plain.tif", ds -> { });

        RasterMetadata m = RasterInspector.metadata(tif);

        assertThat(m.spectral().wavelengthsNm()).isNull();
        assertThat(m.wavelengthUnits()).isNull();
        assertThat(m.bandNames()).isNull();
    }

    @Test
    void unitSpellings() {
        assertThat(WavelengthUnits.canonical("Nanometers")).isEqualTo("nm");
        assertThat(WavelengthUnits.canonical("µm")).isEqualTo("um");
        assertThat(WavelengthUnits.canonical("Microns")).isEqualTo("um");
        assertThat(WavelengthUnits.canonical("millimetres")).isEqualTo("mm");
        assertThat(WavelengthUnits.canonical("wavenumber")).isNull();
        assertThat(WavelengthUnits.toNanometres(new double[]{0.0025}, "mm").nm()).containsExactly(new double[]{2500}, within(1e-9));
    }
}
