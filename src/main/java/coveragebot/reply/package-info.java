/**
 * The sealed {@code Reply} hierarchy: what commands answer, as records. Front ends (terminal, JSON,
 * Discord) render these and nothing else.
 */
package coveragebot.reply;
