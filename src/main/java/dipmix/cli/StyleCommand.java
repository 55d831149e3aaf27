package dipmix.cli;

import dipmix.raster.FootprintReader;
import dipmix.style.AbundanceStyleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dipmix style}: (re)writes the QGIS and SLD styles of an existing abundance raster. */
@Command(name = "style", mixinStandardHelpOptions = true,
        description = {"Writes <base>.qml (default QGIS style), <base>.sld (one SLD 1.0 UserStyle per band) and, per",
                "material, <base>.<material>.qml and .sld beside an abundance GeoTIFF (band i = material i).",
                "The default style is an RGB composite of three materials (--rgb, else the first three); with fewer",
                "than three materials it is the first material's abundance ramp."})
public final class StyleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<abundance.tif>", description = "abundance raster, one band per material")
    Path abundance;

    @Option(names = "--materials", split = ",", paramLabel = "a,b,c",
            description = "material names in band order (default: the band descriptions)")
    List<String> materials;

    @Option(names = "--rgb", split = ",", paramLabel = "a,b,c",
            description = "three materials shown as red, green, blue in the default style")
    List<String> rgb;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(abundance)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + abundance);
        }
        List<String> bandNames = FootprintReader.read(abundance).bandNames();
        List<String> names = materials != null ? materials : bandNames;
        if (names.size() != bandNames.size()) {
            throw new ParameterException(spec.commandLine(), "--materials gives " + names.size()
                    + " names but " + abundance + " has " + bandNames.size() + " bands");
        }
        for (int b = 0; b < names.size(); b++) {
            if (names.get(b).isBlank()) {
                throw new ParameterException(spec.commandLine(), "band " + (b + 1) + " of " + abundance
                        + " has no name: give all names with --materials a,b,c");
            }
        }
        AbundanceStyleFiles.Written written;
        try {
            written = AbundanceStyleFiles.write(abundance, names, rgb);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Path p : written.all()) out.println(p);
        out.flush();
        return 0;
    }
}
