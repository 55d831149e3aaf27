/**
 * UnDIP, abundance estimation with a Deep Image Prior: {@link dipmix.unmix.dip.Undip#run} is the entry point,
 * {@link dipmix.unmix.dip.UndipOptions} its settings. The network layers, optimisers and training loop it
 * uses live in the sub-packages and are meant to be reused by other DIP methods (BUDDIP).
 */
package dipmix.unmix.dip;
