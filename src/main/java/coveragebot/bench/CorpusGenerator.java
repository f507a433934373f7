package coveragebot.bench;

import coveragebot.config.SourceEntry;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.ingest.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic corpus of the size a busy newsroom reaches: stories from fixed lists, each
 * printed by one to four outlets in their house styles (AFP-style copies with small edits). No
 * network; the same seed gives the same text, byte for byte. {@link #corpus} runs the real {@link
 * ArticleParser} over the text, so what is benchmarked is what the bot loads.
 */
public final class CorpusGenerator {

  /** One generated article file: its name, its text, and what config would say about it. */
  public record Generated(String file, String text, SourceEntry entry) {}

  private final long seed;
  private final StoryWriter writer = new StoryWriter();

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** Hands the first {@code articles} article files to {@code sink}, in file-name order. */
  public void generate(int articles, Consumer<Generated> sink) {
    int made = 0;
    for (int storyNo = 0; made < articles; storyNo++) {
      // One Random per story: a story does not depend on how many came before it.
      Random r = new Random(seed * 1_000_003L + storyNo);
      Story story = writer.write(storyNo, r);
      int copies = 1 + r.nextInt(4);
      int firstStyle = r.nextInt(HouseStyle.ALL.size());
      for (int copy = 0; copy < copies && made < articles; copy++, made++) {
        HouseStyle style = HouseStyle.ALL.get((firstStyle + copy) % HouseStyle.ALL.size());
        List<String> body = new ArrayList<>(story.paragraphs());
        String title = story.title();
        if (copy > 0) {
          title = edit(r, body, title);
        }
        String file = String.format("%06d_%s.txt", made, style.slug());
        String url = "https://" + style.host() + "/news/" + storyNo + "-" + copy;
        sink.accept(
            new Generated(
                file,
                style.print(story, title, body),
                new SourceEntry(style.outlet(), url, null, null, null)));
      }
    }
  }

  /** Small edits an outlet makes to an agency story: a cut paragraph, a reworded verb. */
  private static String edit(Random r, List<String> body, String title) {
    if (body.size() > 4 && r.nextBoolean()) {
      body.remove(1 + r.nextInt(body.size() - 1));
    }
    int i = r.nextInt(body.size());
    body.set(i, body.get(i).replaceFirst(" said ", " told reporters "));
    return r.nextBoolean() ? title : "UPDATE: " + title;
  }

  /**
   * The generated articles parsed as the loader parses files, in memory: generated in order, parsed
   * a batch at a time on all cores (the same articles and passage ids as parsing one by one).
   */
  public Corpus corpus(int articles) {
    ArticleParser parser = new ArticleParser();
    List<Article> out = new ArrayList<>(articles);
    List<Passage> passages = new ArrayList<>(articles * 13);
    List<ArticleParser.Input> batch = new ArrayList<>();
    Runnable parse =
        () -> {
          for (Article a : parser.parseAll(batch, passages.size())) {
            out.add(a);
            passages.addAll(a.passages());
          }
          batch.clear();
        };
    generate(
        articles,
        g -> {
          batch.add(new ArticleParser.Input(g.file(), g.text(), g.entry()));
          if (batch.size() == PARSE_BATCH) {
            parse.run();
          }
        });
    parse.run();
    return new Corpus(out, passages, List.of(), List.of());
  }

  /** Articles generated before they are parsed together. */
  private static final int PARSE_BATCH = 1000;

  /** Writes the article files into {@code folder} (for {@code --seeds}); returns how many. */
  public int write(int articles, Path folder) throws IOException {
    return write(articles, folder, null);
  }

  /**
   * As {@link #write(int, Path)}, and, unless {@code config} is null, their metadata (outlet and
   * link of each file, as the in-memory corpus has them) as a sources file for {@code --config}:
   * without it the bot takes each file's outlet from its name.
   */
  public int write(int articles, Path folder, Path config) throws IOException {
    Files.createDirectories(folder);
    int[] n = {0};
    IOException[] failed = {null};
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
    com.fasterxml.jackson.databind.node.ObjectNode sources = root.putObject("sources");
    generate(
        articles,
        g -> {
          if (failed[0] == null) {
            try {
              Files.writeString(folder.resolve(g.file()), g.text(), StandardCharsets.UTF_8);
              n[0]++;
              if (config != null) {
                com.fasterxml.jackson.databind.node.ObjectNode entry = sources.putObject(g.file());
                entry.put("outlet", g.entry().outlet());
                entry.put("url", g.entry().url());
              }
            } catch (IOException e) {
              failed[0] = e;
            }
          }
        });
    if (failed[0] != null) {
      throw failed[0];
    }
    if (config != null) {
      mapper.writerWithDefaultPrettyPrinter().writeValue(config.toFile(), root);
    }
    return n[0];
  }
}
