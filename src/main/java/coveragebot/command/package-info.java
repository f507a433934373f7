/**
 * The transport-neutral command layer: each command declares a {@link
 * coveragebot.command.CommandSpec} once and answers a checked {@link
 * coveragebot.command.CommandRequest} with a {@code Reply}. No Discord, terminal or Lucene types
 * here.
 */
package coveragebot.command;
