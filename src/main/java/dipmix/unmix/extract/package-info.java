/**
 * Endmember extraction from the pixels of a scene: VCA, SiVM (the UnDIP authors' variant) and N-FINDR,
 * all seeded and deterministic. Pick one by name with {@link dipmix.unmix.extract.ExtractorKind}.
 */
package dipmix.unmix.extract;
