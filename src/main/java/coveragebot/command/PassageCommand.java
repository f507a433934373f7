package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /passage <file> at:<offset>}: one passage in full, verbatim: the one holding that
 * character offset of the file. Answers quote a passage cut to fit a chat message; this shows the
 * rest (Discord's "More" button runs it).
 */
public final class PassageCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "passage",
          "Show one passage in full, verbatim, by file and character offset",
          List.of(
              OptionSpec.text("file", "The article's file, as answers show it", true, true),
              new OptionSpec(
                  "at",
                  "A character offset inside the passage",
                  OptionSpec.Type.INTEGER,
                  true,
                  false,
                  0,
                  Integer.MAX_VALUE,
                  List.of())),
          List.of("/passage 000_36892fb6aa2421ea.txt at:1900"));

  private final Map<String, Article> byFile = new HashMap<>();

  public PassageCommand(Corpus corpus) {
    for (Article a : corpus.articles()) {
      byFile.put(a.file(), a);
    }
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String file = request.text("file").orElseThrow().strip();
    int at = request.integer("at", 0);
    Article article = byFile.get(file);
    if (article == null) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "No article file \"" + CommandLineParser.clip(file) + "\".",
          "/sources lists the files.");
    }
    for (Passage p : article.passages()) {
      if (p.start() <= at && at < p.end()) {
        return new PassagesReply(List.of(Excerpts.of(p)));
      }
    }
    for (coveragebot.corpus.Boilerplate b : article.boilerplate()) {
      if (b.start() <= at && at < b.end()) {
        // /check and /quote may cite a headline; captions and the like are set aside
        String what = BodyText.isHeadline(b) ? "the headline" : b.kind().what();
        return new ErrorReply(
            ErrorReply.Kind.USAGE,
            "Character " + at + " of " + file + " is in " + what + ", which is not a passage.",
            "/passage shows body text; /sources counts what each article set aside, and `coverage-bot export articles` (in a shell) lists it.");
      }
    }
    String beyond =
        at >= article.text().length() ? " (it has " + article.text().length() + " characters)" : "";
    return new ErrorReply(
        ErrorReply.Kind.USAGE,
        "No passage of " + file + " holds character " + at + beyond + ".",
        "Offsets are shown in each answer's footer.");
  }
}
