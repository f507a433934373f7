/**
 * Plain records for the coverage: articles, passages, sources and spans. No behaviour beyond
 * validation; every other package speaks in these types.
 */
package coveragebot.corpus;
