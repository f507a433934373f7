/**
 * The Discord front end, and the only package that imports JDA: the bot's lifecycle, slash commands
 * generated from the command layer's specs, the interaction listener and the renderer that turns
 * replies into embeds within Discord's limits. Commands never see JDA.
 */
package coveragebot.discord;
