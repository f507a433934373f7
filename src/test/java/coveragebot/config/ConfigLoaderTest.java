package coveragebot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
