/**
 * Quotations and their speakers, found in story text only (passages and the headline, never
 * boilerplate). Every quotation is a span of the article text; nothing is rewritten. Rule-based on
 * purpose: each attribution names the cue that decided it, so a wrong speaker can be explained and
 * fixed. Uses only {@code corpus}.
 */
package coveragebot.extract;
