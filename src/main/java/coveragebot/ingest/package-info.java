/**
 * Reading article files: strict UTF-8, boilerplate set aside, metadata from the header, passages
 * with exact offsets. Chooses spans; never rewrites text.
 */
package coveragebot.ingest;
