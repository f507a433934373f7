package coveragebot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path p = dir.resolve("sources.json");
    Files.writeString(p, json);
    return p;
  }

  private void assertError(String json, String expected) throws IOException {
    Path p = write(json);
    assertThatThrownBy(() -> new ConfigLoader().load(p, true))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(p + expected);
  }

  @Test
  void readsTheProjectConfig() throws ConfigException {
    SourcesConfig c = new ConfigLoader().load(Path.of("config", "sources.json"), true);
    assertThat(c.sources()).hasSize(5);
    assertThat(c.entry("002_63e64f66f7b5ad16.txt").orElseThrow().url()).isNull();
    assertThat(c.entry("000_36892fb6aa2421ea.txt").orElseThrow().outlet())
        .isEqualTo("Khaleej Times");
  }

  @Test
  void aSyntaxErrorNamesFileLineAndColumn() throws IOException {
    assertError("{\n  \"sources\": {\n    \"a.txt\": {\"outlet\": \"X\",}\n  }\n}", ":3:");
  }

  @Test
  void aWrongTypeNamesFileLineAndColumn() throws IOException {
    assertError("{\"sources\": {\n \"a.txt\": {\"outlet\": [1, 2]}}}", ":2:");
  }

  @Test
  void aValueOfTheWrongKindIsNamedByItsKeysAndKindsNotByJavaTypes() throws IOException {
    assertError(
        "{\"sources\": {\n \"a.txt\": {\"outlet\": [1, 2]}}}",
        ":2:22: \"sources\" > \"a.txt\" > \"outlet\" must be a string, not a list");
    assertError(
        "{\"sources\": {\"a.txt\": \"Reuters\"}}",
        ":1:23: \"sources\" > \"a.txt\" must be an object such as {\"outlet\": \"...\", \"url\":"
            + " \"https://...\"}, not a string");
    assertError(
        "{\"sources\": []}",
        ":1:13: \"sources\" must be an object of file names, each with its entry, not a list");
    assertError("[]", ":1:1: the file must be an object with a \"sources\" key, not a list");
    assertError(" \n ", ": the file is empty: it must be an object with a \"sources\" key");
    for (String json :
        new String[] {
          "{\"sources\": 5}", "\"x\"", "{\"sources\": {\"a.txt\": {\"title\": {}}}}", "[1]"
        }) {
      Path p = write(json);
      assertThatThrownBy(() -> new ConfigLoader().load(p, true))
          .as(json)
          .isInstanceOf(ConfigException.class)
          .hasMessageNotContaining("java.")
          .hasMessageNotContaining("coveragebot.")
          .hasMessageNotContaining("JsonToken")
          .hasMessageContaining(" must be ");
    }
  }

  @Test
  void numbersAndTrueOrFalseAreRefusedWhereAStringGoesNotReadAsText() throws IOException {
    assertError(
        "{\"sources\": {\n \"a.txt\": {\"outlet\": 42}}}",
        ":2:22: \"sources\" > \"a.txt\" > \"outlet\" must be a string, not a number");
    assertError(
        "{\"sources\": {\n \"a.txt\": {\"outlet\": 1.5e3}}}",
        ":2:22: \"sources\" > \"a.txt\" > \"outlet\" must be a string, not a number");
    assertError(
        "{\"sources\": {\n \"a.txt\": {\"outlet\": true}}}",
        ":2:22: \"sources\" > \"a.txt\" > \"outlet\" must be a string, not true or false");
    assertError(
        "{\"sources\": {\"a.txt\": {\"title\": false}}}",
        ":1:33: \"sources\" > \"a.txt\" > \"title\" must be a string, not true or false");
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": 7}}}",
        ":1:31: \"sources\" > \"a.txt\" > \"url\" must be a string, not a number");
  }

  @Test
  void anEmptyOutletIsRefusedWhereItIsWritten() throws IOException {
    assertError(
        "{\"sources\": {\n \"a.txt\": {\"outlet\": \"\"}}}",
        ":2:22: \"a.txt\": outlet is empty: write the outlet's name, or leave the key out");
    assertError(
        "{\"sources\": {\n \"a.txt\": {\"outlet\": \"  \"}}}", ":2:22: \"a.txt\": outlet is empty");
  }

  @Test
  void badValuesAndAMissingSourcesNameLineAndColumn() throws IOException {
    assertError(
        "{\"sources\": {\n  \"a.txt\": {\"url\": \"ftp://x\"}}}",
        ":2:20: \"a.txt\": url must start with https:// or http://: ftp://x");
    assertError(
        "{\"sources\": {\n  \"a.txt\": {\"outlet\": \"X\",\n   \"published\": \"5 Nov\"}}}",
        ":3:17: \"a.txt\": published must be ISO-8601");
    assertError(
        "{\n  \"sources\": null\n}",
        ":2:14: \"sources\" must be an object of file names, each with its entry, not null");
    assertError("{}", ":1:1: the file must be an object with a \"sources\" key");
    assertError("null", ":1:1: the file must be an object with a \"sources\" key, not null");
    assertError(
        "{\"sources\": {\n \"a.txt\": null}}",
        ":2:11: \"sources\" > \"a.txt\" must be an object such as");
  }

  @Test
  void anUnknownKeyIsReportedWhereItIsWrittenNotAtTheClosingBrace() throws IOException {
    Path p =
        write(
            "{\"sources\": {\n  \"a.txt\": {\n    \"outlet\": \"X\",\n    \"uri\": \"https://x\"\n  }\n}}");
    assertThatThrownBy(() -> new ConfigLoader().load(p, true))
        .hasMessage(
            p
                + ":4:5: unknown key \"uri\" (known keys: outlet, url, title, byline,"
                + " published)");
  }

  @Test
  void anUnknownKeyIsAnErrorNotIgnored() throws IOException {
    Path p = write("{\"sources\": {\n \"a.txt\": {\"outlett\": \"X\"}}}");
    assertThatThrownBy(() -> new ConfigLoader().load(p, true))
        .hasMessageStartingWith(p + ":2:")
        .hasMessageContaining("unknown key \"outlett\"");
  }

  @Test
  void aDuplicatedKeyIsAnError() throws IOException {
    Path p = write("{\"sources\": {\n \"a.txt\": {\"outlet\": \"X\", \"outlet\": \"Y\"}}}");
    assertThatThrownBy(() -> new ConfigLoader().load(p, true))
        .hasMessageStartingWith(p + ":2:")
        .hasMessageContaining("Duplicate field 'outlet'");
  }

  @Test
  void badValuesAreNamed() throws IOException {
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"ftp://x\"}}}",
        ":1:31: \"a.txt\": url must start with");
    assertError(
        "{\"sources\": {\"a.txt\": {\"published\": \"5 Nov\"}}}",
        ":1:37: \"a.txt\": published must be ISO-8601");
  }

  @Test
  void aMissingFileIsAnErrorOnlyWhenAskedFor() throws ConfigException {
    Path p = dir.resolve("none.json");
    assertThat(new ConfigLoader().load(p, false).sources()).isEmpty();
    assertThatThrownBy(() -> new ConfigLoader().load(p, true)).hasMessage(p + ": no such file");
  }

  /**
   * Syntax errors in words a person editing the file understands: what is wrong and how to mend it,
   * never Jackson's switches (ALLOW_COMMENTS, StreamReadFeature) or its internal locations.
   */
  @Test
  void syntaxErrorsAreSaidInPlainWordsWithLineAndColumn() throws IOException {
    assertError("{\n // the outlets\n \"sources\": {}}", ":2:2: JSON has no comments");
    assertError(
        "{\"sources\": {\"a.txt\": {\"outlet\": NaN}}}",
        ":1:37: NaN is not a JSON value: write a number, a \"string\", true, false or null");
    assertError(
        "{\"sources\": {\"a.txt\": {\"outlet\": \"x\"",
        ":1:37: the file ends before the object opened at line 1, column 23 is closed (a missing"
            + " }?)");
    assertError(
        "{\"sources\": {\"a.txt\": {\"outlet\": \"x\",}}}",
        ":1:38: found } where a key in double quotes should start (a comma before the closing"
            + " brace?)");
    assertError("{'sources': {}}", ":1:2: found ' where a key in double quotes should start");
    assertError(
        "{\"sources\": {\"a.txt\": {\"outlet\": \"x\u0001y\"}}}",
        ":1:36: a control character (code 1) inside a string: remove it, or write it as \\u0001");
    assertError(
        "{\"sources\": {\"a.txt\": {\"outlet\": \"x\"}}} {}",
        ":1:41: more after the end of the file's object: a config file is one object");
    String deep =
        "{\"sources\": {\"a.txt\": {\"outlet\":\n" + "[".repeat(1200) + "]".repeat(1200) + "}}}";
    assertError(deep, ":2:999: lists and objects nested more than 1000 deep");
    for (String bad :
        List.of(
            "{\n // c\n \"sources\": {}}",
            "{\"sources\": {\"a.txt\": {\"outlet\": NaN}}}",
            "{\"sources\": {\"a.txt\": {\"outlet\": \"x\"",
            deep)) {
      Path p = write(bad);
      assertThatThrownBy(() -> new ConfigLoader().load(p, true))
          .isInstanceOf(ConfigException.class)
          .message()
          .doesNotContainIgnoringCase("feature")
          .doesNotContain("StreamRead", "`", "Source: REDACTED", "code 47");
    }
  }

  @Test
  void aUrlMustBeAWholeWebAddressAndAFileNameMustNotBeEmpty() throws Exception {
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"https://\"}}}",
        ":1:31: \"a.txt\": url has no host (such as https://www.example.com/...): https://");
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"https://example.com/a b\"}}}",
        ":1:31: \"a.txt\": url has a space or control character at character 22 (write a space as"
            + " %20)");
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"https://example.com/\\u0000\"}}}",
        ":1:31: \"a.txt\": url has a space or control character at character 21 (write a space as"
            + " %20): https://example.com/<U+0000>");
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"ftp://example.com/a\"}}}",
        ":1:31: \"a.txt\": url must start with https:// or http://");
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"https://exa<mple.com/\"}}}",
        ":1:31: \"a.txt\": url is not a web address");
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"https://example.com/\\u202e\"}}}",
        ":1:31: \"a.txt\": url has an invisible character at character 21 (U+202E):"
            + " https://example.com/<U+202E>"); // shown, never the character itself
    assertError(
        "{\"sources\": {\"a.txt\": {\"url\": \"https://example.com:99999/\"}}}",
        ":1:31: \"a.txt\": url has port 99999, above 65535");
    assertError(
        "{\"sources\": {\"a.txt\": {\"outlet\": \"X\\ud800\"}}}",
        ":1:34: \"a.txt\": outlet holds half of a character at character 2 (\\ud800 without its"
            + " pair)");
    assertError(
        "{\"sources\": {}} extra",
        ":1:17: found extra where a value should be: text goes in double quotes");
    assertThat(
            new ConfigLoader()
                .load(
                    write("{\"sources\": {\"a.txt\": {\"url\": \"HTTPS://EXAMPLE.COM/\"}}}"), true)
                .entry("a.txt")
                .orElseThrow()
                .url())
        .isEqualTo("HTTPS://EXAMPLE.COM/");
    assertError(
        "{\"sources\": {\n  \"\": {\"outlet\": \"X\"}}}",
        ":2:7: a file name in \"sources\" is empty");
    // A whole address, with a query and a fragment, is taken.
    Path ok =
        write(
            "{\"sources\": {\"a.txt\": {\"url\": \"https://www.example.com/a/b?p=5590&x=%20#top\"}}}");
    assertThat(new ConfigLoader().load(ok, true).entry("a.txt").orElseThrow().url())
        .isEqualTo("https://www.example.com/a/b?p=5590&x=%20#top");
  }
}
