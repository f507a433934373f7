package coveragebot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What config says about one article file: what the text cannot tell (outlet, URL) and optional
 * overrides of what is read from the text. Null means "not given".
 *
 * @param published ISO-8601 date ({@code 2024-11-05}) or date-time ({@code 2024-11-05T09:07})
 */
public record SourceEntry(
    @JsonProperty("outlet") String outlet,
    @JsonProperty("url") String url,
    @JsonProperty("title") String title,
    @JsonProperty("byline") String byline,
    @JsonProperty("published") String published) {}
