/**
 * Settings as records, read strictly from JSON files with errors that point at file:line:column.
 */
package coveragebot.config;
