/**
 * The unmixing processes the server offers (unmix, extract-endmembers, estimate-endmember-count): their
 * descriptions, whose input and output ids are a contract with outside clients, and runners that map inputs
 * onto the same pipeline the CLI uses.
 */
package dipmix.jobs.processes;
