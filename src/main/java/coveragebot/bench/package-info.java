/**
 * Measurements: a deterministic generated corpus (house styles, AFP-style copies) parsed by the
 * real ingest, and the {@code bench} figures: index cost, latency of each command through the
 * command layer, the scan and bare-Lucene baselines, throughput. Timings live here, never in tests.
 */
package coveragebot.bench;
