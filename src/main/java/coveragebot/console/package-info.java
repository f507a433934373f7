/** The terminal front end: the REPL, and text and JSON renderers of replies. */
package coveragebot.console;
