/**
 * Temporal expressions and dated events: finds dates in story text (never in boilerplate),
 * normalises them against the article's publication date, keeps what cannot be resolved with the
 * reason, and merges the same event told by several outlets. Uses only {@code corpus}; sentence
 * splitting is injected ({@link coveragebot.extract.time.Sentences}) so that this package does not
 * depend on {@code ingest}.
 */
package coveragebot.extract.time;
