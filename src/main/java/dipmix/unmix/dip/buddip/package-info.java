/**
 * BUDDIP (Zhou and Rodrigues, "Blind unmixing using a double deep image prior", ICASSP 2022): blind unmixing
 * with two networks, an EDIP producing the endmembers and an ADIP producing the abundances, trained together
 * against a guidance (E~, A~) from a classical method. Entry point: {@link dipmix.unmix.dip.buddip.Buddip#run}.
 */
package dipmix.unmix.dip.buddip;
