package coveragebot.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Skipped;
import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;
import coveragebot.reply.CoverageReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.EventsReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.HelpReply;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.reply.SourcesReply;
import coveragebot.reply.SpeakersReply;
import coveragebot.reply.TimelineReply;
import java.util.List;
import java.util.Locale;

/**
 * Replies as JSON: the public contract that scripts rely on (documented in the README). Written
 * field by field, not by reflection, so that renaming a Java field can never change the contract.
 * Fields are only ever added.
 */
public final class JsonRenderer {
  private final ObjectMapper mapper;
  private final TimelineJson timelineJson = new TimelineJson(this);
  private final QuoteJson quoteJson = new QuoteJson(this);

  public JsonRenderer(boolean pretty) {
    this.mapper = new ObjectMapper();
    if (pretty) {
      mapper.enable(SerializationFeature.INDENT_OUTPUT);
    }
  }

  public String render(Reply reply) {
    try {
      return mapper.writeValueAsString(tree(reply));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a reply could not be written as JSON", e);
    }
  }

  /**
   * {@link #render} written straight to {@code out} as UTF-8, which stays open: an export of
   * 100,000 articles' quotations is hundreds of megabytes of JSON, which as one string ran a 6 GB
   * heap out of memory.
   */
  public void write(Reply reply, java.io.OutputStream out) throws java.io.IOException {
    mapper
        .writer()
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, tree(reply));
  }

  public ObjectNode tree(Reply reply) {
    ObjectNode o = mapper.createObjectNode();
    switch (reply) {
      case SearchReply r -> {
        o.put("type", "search");
        o.put("query", r.query());
        o.put("limit", r.limit());
        ArrayNode results = o.putArray("results");
        for (SearchReply.Result res : r.results()) {
          ObjectNode item = excerpt(res.excerpt());
          item.put("score", Math.round(res.score() * 1000) / 1000.0);
          ArrayNode also = item.putArray("also_in");
          res.alsoIn().forEach(e -> also.add(excerpt(e)));
          results.add(item);
        }
        o.put("note", r.note());
      }
      case SourcesReply r -> {
        o.put("type", "sources");
        ArrayNode articles = o.putArray("articles");
        for (SourcesReply.ArticleInfo a : r.articles()) {
          ObjectNode item = articles.addObject();
          item.put("file", a.source().file());
          item.set("source", source(a.source()));
          item.put("passages", a.passages());
          item.put("characters", a.characters());
          strings(item.putArray("unknown"), a.unknown());
          ArrayNode bp = item.putArray("boilerplate");
          for (Boilerplate b : a.boilerplate()) {
            ObjectNode x = bp.addObject();
            x.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
            x.put("text", b.text());
            x.put("file", a.source().file());
            x.put("start", b.start());
            x.put("end", b.end());
            x.put("reason", b.reason());
          }
        }
        skipped(o.putArray("skipped"), r.skipped());
        strings(o.putArray("warnings"), r.warnings());
      }
      case HelpReply r -> {
        o.put("type", "help");
        ArrayNode commands = o.putArray("commands");
        for (HelpReply.Entry e : r.commands()) {
          ObjectNode c = commands.addObject();
          c.put("name", e.name());
          c.put("description", e.description());
          c.put("usage", e.usage());
          strings(c.putArray("examples"), e.examples());
        }
      }
      case PassagesReply r -> {
        o.put("type", "passages");
        o.put("count", r.passages().size());
        ArrayNode passages = o.putArray("passages");
        r.passages().forEach(e -> passages.add(excerpt(e)));
      }
      case ErrorReply r -> {
        o.put("type", "error");
        ObjectNode e = o.putObject("error");
        e.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        e.put("message", r.message());
        e.put("hint", r.hint());
      }
      // timeline (issue 5)
      case TimelineReply r -> timelineJson.timeline(o, r);
      case CoverageReply r -> timelineJson.coverage(o, r);
      case EventsReply r -> timelineJson.events(o, r);
      // quotations (issue 4)
      case QuoteReply r -> quoteJson.quote(o, r);
      case SpeakersReply r -> quoteJson.speakers(o, r);
      case QuotationsReply r -> quoteJson.quotations(o, r);
      // check (issue 6)
      case coveragebot.reply.CheckReply r -> new CheckJson(this).check(o, r);
      case coveragebot.reply.CompareReply r -> new CheckJson(this).compare(o, r);
      case coveragebot.reply.ReloadReply r -> {
        o.put("type", "reload");
        o.put("status", r.status().name().toLowerCase(Locale.ROOT));
        o.put("message", r.message());
        o.put("articles", r.articles());
        o.put("passages", r.passages());
        o.put("millis", r.millis());
        strings(o.putArray("skipped"), r.skipped());
      }
    }
    return o;
  }

  /** Every quoted item: text, file, start, end, source, link (and highlights). */
  ObjectNode excerpt(Excerpt e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("text", e.text());
    o.put("file", e.file());
    o.put("start", e.start());
    o.put("end", e.end());
    o.set("source", source(e.source()));
    o.put("link", e.link());
    ArrayNode hl = o.putArray("highlights");
    for (Span s : e.highlights()) {
      hl.addObject().put("start", s.start()).put("end", s.end());
    }
    return o;
  }

  ObjectNode source(SourceRef s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("file", s.file());
    o.put("outlet", s.outlet());
    o.put("title", s.title());
    o.put("url", s.url());
    o.put("published", s.published() == null ? null : s.published().iso());
    o.put("byline", s.byline());
    return o;
  }

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }

  private static void skipped(ArrayNode into, List<Skipped> skipped) {
    for (Skipped s : skipped) {
      into.addObject().put("file", s.file()).put("reason", s.reason());
    }
  }
}
