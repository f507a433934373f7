/**
 * The Lucene index of passages: the only package that imports Lucene. Returns plain records
 * (passage ids and scores, spans), never Lucene types.
 */
package coveragebot.index;
