/**
 * Measurements: latency of each command through the command layer, reported by the {@code bench}
 * subcommand. Timings live here, never in tests.
 */
package coveragebot.bench;
