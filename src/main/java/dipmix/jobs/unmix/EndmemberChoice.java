package dipmix.jobs.unmix;

import dipmix.unmix.Endmembers;
import dipmix.unmix.hysime.HySimeResult;

/**
 * The endmembers a run starts from and where they came from.
 *
 * @param endmembers p x r over the scene's good bands
 * @param source "library", or the extractor's id
 * @param pixels for an extractor, the columns of Y it picked; else null
 * @param hysime the HySime estimate when r was estimated, else null
 */
public record EndmemberChoice(Endmembers endmembers, String source, int[] pixels, HySimeResult hysime) {
}
