package coveragebot.console;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
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
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
   * heap out of memory. The exports' long lists are written element by element, each element's tree
   * made just before it is written ({@link #array}): the same bytes as {@link #render}.
   */
  public void write(Reply reply, OutputStream out) throws IOException {
    mapper
        .writer()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, tree(reply, true));
  }

  public ObjectNode tree(Reply reply) {
    return tree(reply, false);
  }

  /**
   * {@code stream}: the exports' lists as {@link Streamed} arrays, for writing once ({@link
   * #write}); otherwise every node is made here.
   */
  private ObjectNode tree(Reply reply, boolean stream) {
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
          for (int k = 0; k < res.alsoIn().size(); k++) {
            ObjectNode copy = excerpt(res.alsoIn().get(k));
            strings(copy.putArray("differences"), res.alsoInDifferences().get(k));
            also.add(copy);
          }
          results.add(item);
        }
        o.put("note", r.note());
        strings(o.putArray("missing"), r.missing());
        o.put("page", r.page());
        o.put("more", r.more());
      }
      case SourcesReply r -> {
        o.put("type", "sources");
        array(o, "articles", r.articles(), this::article, stream);
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
        array(o, "passages", r.passages(), this::excerpt, stream);
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
      case EventsReply r -> timelineJson.events(o, r, stream);
      // quotations (issue 4)
      case QuoteReply r -> quoteJson.quote(o, r);
      case SpeakersReply r -> quoteJson.speakers(o, r);
      case QuotationsReply r -> quoteJson.quotations(o, r, stream);
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

  /**
   * Puts {@code items} under {@code name} as an array of their {@code element} trees: made here, or
   * with {@code stream} made one at a time as the array is written and dropped after it, so that an
   * export holds one element's tree instead of hundreds of thousands (a 100k export's tree was
   * several gigabytes).
   */
  <T> void array(
      ObjectNode o,
      String name,
      List<T> items,
      Function<? super T, ? extends JsonNode> element,
      boolean stream) {
    if (stream) {
      o.putPOJO(name, new Streamed<T>(items, element));
    } else {
      ArrayNode a = o.putArray(name);
      items.forEach(i -> a.add(element.apply(i)));
    }
  }

  /**
   * An array whose elements' trees are made as it is written (Jackson calls {@link #serialize}).
   */
  private record Streamed<T>(List<T> items, Function<? super T, ? extends JsonNode> element)
      implements JsonSerializable {
    @Override
    public void serialize(JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartArray(items, items.size()); // as ArrayNode.serialize writes its children
      for (T item : items) {
        element.apply(item).serialize(g, p);
      }
      g.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider p, TypeSerializer t)
        throws IOException {
      serialize(g, p);
    }
  }

  private ObjectNode article(SourcesReply.ArticleInfo a) {
    ObjectNode item = mapper.createObjectNode();
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
    return item;
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
