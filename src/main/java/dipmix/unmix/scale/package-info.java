/**
 * Reflectance scale: detects a scene stored as 0..10000 or percent next to a 0..1 library or method, and
 * carries the factor with a reason for the run's report (or the factor the user set with --scale).
 */
package dipmix.unmix.scale;
