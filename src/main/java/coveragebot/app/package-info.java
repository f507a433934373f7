/** The entry point: command-line parsing and the one place where the parts are wired together. */
package coveragebot.app;
