package dipmix.jobs.unmix;

import dipmix.unmix.Endmembers;
import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.extract.Extraction;
import dipmix.unmix.extract.ExtractorKind;
import dipmix.unmix.hysime.HySime;
import dipmix.unmix.hysime.HySimeResult;

/**
 * Chooses the starting endmembers: the user's library when given; otherwise the extractor (SiVM by default)
 * with r from -r, or from HySime when the user gave neither.
 */
public final class EndmemberSelection {
    /** SiVM is what UnDIP's and BUDDIP's authors extract with, and the GUIDE's reference figures use it. */
    static final String DEFAULT_EXTRACTOR = "sivm";
    private static final java.util.Set<String> GUIDANCE_EXTRACTORS = java.util.Set.of("sivm", "vca", "nfindr");

    private EndmemberSelection() {
    }

    public static EndmemberChoice choose(UnmixRequest request, Endmembers library, SceneMatrix scene, Monitor monitor) {
        if (library != null) return new EndmemberChoice(library, "library", null, null);
        HySimeResult hysime = null;
        int r;
        if (request.endmemberCount() != null) {
            r = request.endmemberCount();
        } else {
            monitor.stage("estimating the number of endmembers (HySime)");
            hysime = HySime.estimate(scene.y());
            r = hysime.r();
            if (r < 1) throw new IllegalArgumentException("HySime found no signal subspace in the scene; give -r");
        }
        if (r > scene.bands()) {
            throw new IllegalArgumentException(r + " endmembers asked for but the scene has only " + scene.bands()
                    + " usable bands");
        }
        if (r > scene.pixels()) {
            throw new IllegalArgumentException(r + " endmembers asked for but the scene has only " + scene.pixels()
                    + " valid pixels");
        }
        ExtractorKind kind = ExtractorKind.parse(extractorFor(request));
        monitor.stage("extracting " + r + " endmembers (" + kind.id() + ")");
        Extraction ex = kind.create().extract(scene.y(), r, request.seed());
        return new EndmemberChoice(Endmembers.unnamed(ex.endmembers()), kind.id(), ex.pixels(), hysime);
    }

    /** BUDDIP's --guidance names the extractor of its guidance (nmf starts from the default extractor). */
    private static String extractorFor(UnmixRequest request) {
        String g = request.guidance() == null ? null : request.guidance().toLowerCase(java.util.Locale.ROOT);
        if (request.method() == Method.BUDDIP && g != null) {
            if (GUIDANCE_EXTRACTORS.contains(g)) return g;
            if (!g.equals("nmf")) {
                throw new IllegalArgumentException("unknown --guidance '" + request.guidance() + "': use sivm, vca, nfindr or nmf");
            }
        }
        return request.extractor() == null ? DEFAULT_EXTRACTOR : request.extractor();
    }
}
