/**
 * The {@code dipmix} command line (picocli). {@link dipmix.cli.Main} registers the subcommands and maps every
 * failure to an exit code and one line on stderr; stdout carries only JSON.
 */
package dipmix.cli;
