package coveragebot.extract.time;

import coveragebot.corpus.Span;
import java.util.List;

/**
 * Sentence spans within {@code [from, to)} of a text. Injected (the ingest splitter in production)
 * because {@code extract} may depend only on {@code corpus}.
 */
@FunctionalInterface
public interface Sentences {
  List<Span> split(String text, int from, int to);
}
