package coveragebot.index;

import coveragebot.corpus.Passage;
import coveragebot.corpus.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of passages. Queries are built from analysed words, never parsed, so
 * free text with {@code " ( AND * ? \ :} is searched as words and can never be a syntax error. Each
 * distinct passage text is one document, which answers for all the passages that have it ({@link
 * Copies}), with the scores and order an index of every passage would give. Thread-safe for
 * searching once built.
 */
public final class PassageIndex implements AutoCloseable {

  /** Boost of the sloppy phrase over the plain words: word order counts, but does not dominate. */
  private static final float PHRASE_BOOST = 0.6f;

  /**
   * How many of the best passages by stems alone are rescored with the exact words and the sloppy
   * phrase. Matching a sloppy phrase over common words in every passage that has them was most of
   * the cost of a query on a large index, and scoring each word twice (stem and exact form) over
   * every passage that has it was half of the rest; a passage that has the phrase or the exact
   * words has the stems too, so it is almost always among the best by stems already.
   */
  static final int RESCORED = 200;

  /** Boost of an exact (unstemmed) word match over a stemmed one. */
  private static final float EXACT_BOOST = 0.3f;

  private static final int MAX_QUERY_TERMS = 64;

  /** Threads that search an index's segments side by side; shared by every index (reload). */
  private static final java.util.concurrent.Executor LEAVES =
      java.util.concurrent.Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          Thread.ofPlatform().name("index-search-", 0).daemon().factory());

  private final List<ByteBuffersDirectory> directories;
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Analyzer stemmed = new CoverageAnalyzer(true);
  private final Analyzer exact = new CoverageAnalyzer(false);
  private final Copies copies;

  private PassageIndex(List<ByteBuffersDirectory> directories, IndexReader reader, Copies copies) {
    this.directories = List.copyOf(directories);
    this.reader = reader;
    this.copies = copies;
    // a large index has a segment per build thread: each is searched on its own core, and the
    // best hits are merged (same hits and order as one thread; ParallelBuildTest)
    this.searcher =
        CopiesSearcher.of(
            reader,
            reader.leaves().size() > 1 ? LEAVES : null,
            copies,
            List.of(Fields.TEXT, Fields.EXACT));
    this.searcher.setQueryCache(null); // every query is new text; caching only costs memory
  }

  /**
   * Whether search drops {@code word} (lower case): Lucene's English stop words and the words
   * questions are made of ("who", "did", "would").
   */
  public static boolean stopWord(String word) {
    return CoverageAnalyzer.stopWord(word);
  }

  /**
   * Whether {@code word} (lower case) is the simple past of an irregular verb the stemmed analysis
   * knows ("took", "said", "put"; not "taken").
   */
  public static boolean irregularPast(String word) {
    return IrregularVerbs.SIMPLE_PAST.contains(word);
  }

  /**
   * Whether the stemmed analysis reads {@code word} (lower case) as another word's form: an
   * irregular past or participle ("took", "taken": "take"; "won": "win").
   */
  public static boolean irregularForm(String word) {
    return IrregularVerbs.PAST_TO_BASE.containsKey(word);
  }

  /** Builds the index; passage ids must be 0..n-1 (as {@code Corpus} guarantees). */
  public static PassageIndex build(List<Passage> passages) {
    return build(passages, Runtime.getRuntime().availableProcessors());
  }

  /** Below this many texts a second thread costs more than it saves. */
  private static final int PER_THREAD = 20_000;

  /**
   * Builds the index with up to {@code threads} threads: each indexes a consecutive share of the
   * distinct texts into its own in-memory index, and the shares are then read as one in order, so
   * that document number i is still text i (checked).
   */
  static PassageIndex build(List<Passage> passages, int threads) {
    return build(Copies.of(passages), threads, ArrayIndexInput::directory);
  }

  /**
   * For tests: every passage its own document, copies or not, as the index was before copies were
   * merged; its searcher's document i is passage i, and its answers are the reference for the
   * merged index's (CopiesTest).
   */
  static PassageIndex buildWithoutMergingCopies(List<Passage> passages, int threads) {
    return build(Copies.none(passages), threads, ArrayIndexInput::directory);
  }

  /**
   * For the benchmark that compares the two ({@code bin/jmh Searches}): the same index, its files
   * read through Lucene's own in-memory input instead of {@link ArrayIndexInput}.
   */
  public static PassageIndex buildReadByLucene(List<Passage> passages) {
    return build(
        Copies.of(passages), Runtime.getRuntime().availableProcessors(), ByteBuffersDirectory::new);
  }

  private static PassageIndex build(
      Copies copies, int threads, java.util.function.Supplier<ByteBuffersDirectory> directories) {
    List<String> texts = copies.texts();
    int shares = Math.max(1, Math.min(threads, texts.size() / PER_THREAD));
    List<ByteBuffersDirectory> dirs = new ArrayList<>();
    try {
      if (shares == 1) {
        dirs.add(buildShare(texts, 0, directories.get()));
      } else {
        List<java.util.concurrent.CompletableFuture<ByteBuffersDirectory>> parts =
            new ArrayList<>();
        java.util.concurrent.ExecutorService pool =
            java.util.concurrent.Executors.newFixedThreadPool(shares);
        try {
          for (int k = 0; k < shares; k++) {
            int from = (int) ((long) texts.size() * k / shares);
            List<String> share =
                texts.subList(from, (int) ((long) texts.size() * (k + 1) / shares));
            parts.add(
                java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        return buildShare(share, from, directories.get());
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    },
                    pool));
          }
          for (var part : parts) {
            dirs.add(part.join());
          }
        } finally {
          pool.shutdownNow();
        }
      }
      // the shares read as one index in the order given: the second's documents are numbered
      // after the first's, as if appended (no copy, no merge)
      IndexReader[] readers = new IndexReader[dirs.size()];
      for (int k = 0; k < readers.length; k++) {
        readers[k] = DirectoryReader.open(dirs.get(k));
      }
      IndexReader reader = readers.length == 1 ? readers[0] : new MultiReader(readers);
      checkOrder(reader, texts.size());
      return new PassageIndex(dirs, reader, copies);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    } catch (java.util.concurrent.CompletionException e) {
      throw new UncheckedIOException(
          "building the in-memory index failed",
          e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e));
    }
  }

  private static IndexWriterConfig config(Analyzer analyzer) {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setRAMBufferSizeMB(256);
    // Merges of neighbouring segments only: documents keep the order they were added in, so a
    // document's number is its passage id and a tie on score breaks on the lower passage id
    // without sorting by a field (which stops Lucene from skipping passages that cannot compete).
    cfg.setMergePolicy(new LogByteSizeMergePolicy());
    cfg.setCommitOnClose(true);
    return cfg;
  }

  /**
   * The unstemmed words are only ever looked up one by one (never as a phrase): their positions are
   * not kept, which saves indexing time and memory and leaves scores unchanged.
   */
  private static final org.apache.lucene.document.FieldType EXACT_FIELD = exactField();

  private static org.apache.lucene.document.FieldType exactField() {
    var type = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /**
   * One share of the texts, in order, in its own in-memory index; the first is document {@code
   * first}. Each text is analysed once: the stemmed field's analysis records the exact words, which
   * the exact field then replays.
   */
  private static ByteBuffersDirectory buildShare(
      List<String> texts, int first, ByteBuffersDirectory dir) throws IOException {
    ExactWords exactWords = new ExactWords();
    try (IndexWriter writer = new IndexWriter(dir, config(new CoverageAnalyzer(exactWords)))) {
      Document doc = new Document();
      NumericDocValuesField id = new NumericDocValuesField(Fields.ID, 0);
      Field text = new TextField(Fields.TEXT, "", Field.Store.NO);
      doc.add(id);
      doc.add(text); // before the exact field, which replays what its analysis recorded
      doc.add(new Field(Fields.EXACT, exactWords, EXACT_FIELD));
      int d = first;
      for (String t : texts) {
        id.setLongValue(d++);
        text.setStringValue(t);
        writer.addDocument(doc);
      }
      writer.commit();
    }
    return dir;
  }

  /**
   * Document number i is text i, so that documents are in the order of their first passages: the
   * ranking relies on it for ties.
   */
  private static void checkOrder(IndexReader reader, int size) throws IOException {
    if (reader.maxDoc() != size) {
      throw new IllegalStateException("the index has " + reader.maxDoc() + " documents");
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ids = leaf.reader().getNumericDocValues(Fields.ID);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (!ids.advanceExact(doc) || ids.longValue() != leaf.docBase + doc) {
          throw new IllegalStateException("document " + (leaf.docBase + doc) + " is out of order");
        }
      }
    }
  }

  /** How many passages the index answers for. */
  public int size() {
    return copies.passages();
  }

  /** How many documents it holds: one per distinct passage text. */
  public int documents() {
    return copies.docs();
  }

  /**
   * For tests: the searcher, to score a document with a reference query (document i is passage i in
   * an index built without merging copies).
   */
  IndexSearcher searcher() {
    return searcher;
  }

  /**
   * For each word of {@code text} that no passage has in any form (as the {@code exact} field reads
   * words, nor its stem), the passages' nearest word, at most two edits away and no more than one
   * edit per four letters of the shorter word ({@link #TYPO_ACCURACY}), the more common first
   * ("scholtz": "scholz"); in the text's order, words with none left out. Read from the index's own
   * terms by Lucene's {@link org.apache.lucene.search.spell.DirectSpellChecker}.
   */
  public java.util.Map<String, String> spellings(String text) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    var spell = new org.apache.lucene.search.spell.DirectSpellChecker();
    spell.setAccuracy(TYPO_ACCURACY);
    try {
      for (Token t : analyze(exact, text)) {
        Term term = new Term(Fields.EXACT, t.term);
        if (out.containsKey(t.term)
            || t.term.codePoints().noneMatch(Character::isLetter)
            || reader.docFreq(term) > 0
            || found(analyze(stemmed, t.term))) {
          continue; // a form the passages have, or another form of one ("congratulate")
        }
        var found =
            spell.suggestSimilar(
                term,
                1,
                reader,
                org.apache.lucene.search.spell.SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (found.length > 0) {
          out.put(t.term, found[0].string);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
    return out;
  }

  /**
   * The least likeness ({@code 1 - edits / letters of the shorter word}) of a word suggested for a
   * typo: Lucene's 0.5 offered "have" for "half" and "before" for "become", real words the coverage
   * lacks; 0.75 keeps "scholz" for "scholtz" and "congratulated" for "congradulated".
   */
  static final float TYPO_ACCURACY = 0.75f;

  /** Whether a passage has one of these stems. */
  private boolean found(List<Token> stems) throws IOException {
    for (Token s : stems) {
      if (reader.docFreq(new Term(Fields.TEXT, s.term)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The passages (by id) that have every one of {@code stems} ({@link #terms}) in some form; none
   * when {@code stems} is empty. Read from the index's postings, not from the texts: a filter by
   * topic over every dated sentence of 10,000 articles analysed each sentence again and took 0.4 s.
   */
  public java.util.BitSet passagesWithAll(java.util.Collection<String> stems) {
    java.util.BitSet out = new java.util.BitSet(size());
    if (stems.isEmpty() || size() == 0) {
      return out;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String stem : stems) {
      all.add(new TermQuery(new Term(Fields.TEXT, stem)), Occur.FILTER);
    }
    try {
      org.apache.lucene.search.Weight weight =
          searcher.createWeight(
              searcher.rewrite(all.build()),
              org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES,
              1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue; // a word this segment lacks
        }
        org.apache.lucene.search.DocIdSetIterator docs = scorer.iterator();
        for (int d = docs.nextDoc();
            d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            d = docs.nextDoc()) {
          int doc = leaf.docBase + d;
          for (int k = 0, c = copies.count(doc); k < c; k++) {
            out.set(copies.passage(doc, k));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
    return out;
  }

  /** The words of {@code text} that search would use; empty when there is nothing to search. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : analyze(stemmed, text)) {
      out.add(t.term);
    }
    return out;
  }

  /**
   * The best {@code n} passages for free text, best first; ties go to the lower passage id. The
   * score is the stems' score plus the boosted exact words' and sloppy phrase's, as one query of
   * all three would give; the last two are scored on the {@link #RESCORED} best passages by stems.
   */
  public List<Hit> search(String text, int n) {
    return search(text, n, null, null);
  }

  /**
   * As {@link #search(String, int)}, among the passages whose ids are listed only (an {@code
   * outlet:} filter); the filter only narrows which passages match, it does not change scores.
   */
  public List<Hit> search(String text, int n, long[] onlyIds) {
    java.util.BitSet allowed = new java.util.BitSet(size());
    java.util.BitSet docs = new java.util.BitSet(copies.docs());
    for (long id : onlyIds) {
      if (id >= 0 && id < size()) {
        allowed.set((int) id);
        docs.set(copies.docOf((int) id));
      }
    }
    if (docs.isEmpty()) {
      return List.of();
    }
    return search(
        text,
        n,
        NumericDocValuesField.newSlowSetQuery(Fields.ID, docs.stream().asLongStream().toArray()),
        allowed);
  }

  /**
   * The search over the documents (one per distinct text), handed on to their passages: the best
   * passages by stems are those of the best documents, as many documents as it takes (a document
   * stands for all its copies, or for those the filter allows), then rescored and ordered as the
   * index of all passages would order them.
   */
  private List<Hit> search(String text, int n, Query filter, java.util.BitSet allowed) {
    Analysed a = analysed(text);
    if (a == null || n <= 0 || size() == 0) {
      return List.of();
    }
    Query words =
        filter == null
            ? a.words()
            : new BooleanQuery.Builder()
                .add(a.words(), Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
    try {
      // with nothing to rescore (stop words only), the best n are the answer: asking for more
      // only keeps Lucene from skipping passages that cannot be among them
      int wanted = a.rescore() == null ? n : Math.max(n, RESCORED);
      ScoreDoc[] hits = candidates(words, wanted, allowed);
      if (a.rescore() != null && hits.length > 0) {
        hits = rescore(hits, a.rescore());
      }
      List<Hit> out = new ArrayList<>(Math.min(n, hits.length));
      for (int i = 0; i < hits.length && i < n; i++) {
        out.add(new Hit(hits[i].doc, hits[i].score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
  }

  /**
   * The best {@code wanted} passages for {@code words}, as {@link ScoreDoc}s of passage ids, by
   * score, ties to the lower passage id. Lucene gives documents by score, ties to the lower
   * document number, which is the order of their first passages (checkOrder); each document's
   * passages join at its score. Documents are asked for until the passages cover {@code wanted},
   * and, when the last document ties with the {@code wanted}-th passage, until no document left can
   * have a passage before it: a later tied document's passages all come after its own first
   * passage, which comes after the last document's.
   */
  private ScoreDoc[] candidates(Query words, int wanted, java.util.BitSet allowed)
      throws IOException {
    List<ScoreDoc> found = new ArrayList<>();
    ScoreDoc after = null;
    ScoreDoc[] best;
    // each page doubles, so that long runs of ties (a filter can leave a document's first allowed
    // passage far after its first) take a few more queries, not one per page of documents
    for (int page = wanted; ; page = (int) Math.min(2L * page, Integer.MAX_VALUE / 2)) {
      ScoreDoc[] docs =
          (after == null ? searcher.search(words, page) : searcher.searchAfter(after, words, page))
              .scoreDocs;
      for (ScoreDoc d : docs) {
        for (int k = 0, c = copies.count(d.doc); k < c; k++) {
          int passage = copies.passage(d.doc, k);
          if (allowed == null || allowed.get(passage)) {
            found.add(new ScoreDoc(passage, d.score));
          }
        }
      }
      if (docs.length < page) {
        best = byScore(inDocOrder(found.toArray(ScoreDoc[]::new))); // no more documents match
        break;
      }
      after = docs[docs.length - 1];
      if (found.size() < wanted) {
        continue;
      }
      best = byScore(inDocOrder(found.toArray(ScoreDoc[]::new)));
      ScoreDoc last = best[wanted - 1];
      int next = after.doc + 1;
      if (after.score < last.score || next == copies.docs() || copies.first(next) > last.doc) {
        break;
      }
    }
    return best.length <= wanted ? best : java.util.Arrays.copyOf(best, wanted);
  }

  /**
   * Adds {@code query}'s score to each hit (of passages) it matches and orders the hits by score,
   * then passage id: what Lucene's {@code QueryRescorer} does (ParallelBuildTest compares the two),
   * with each document scored once for all its passages, each segment's documents on its own core,
   * and each document's match checked where it is instead of by moving to the next document that
   * matches.
   */
  private ScoreDoc[] rescore(ScoreDoc[] first, Query query) throws IOException {
    // the documents of the hits, in document order (passages of one document are at one score)
    int[] docOf = new int[first.length];
    long[] keys = new long[first.length];
    for (int i = 0; i < first.length; i++) {
      docOf[i] = copies.docOf(first[i].doc);
      keys[i] = (long) docOf[i] << 32 | i;
    }
    java.util.Arrays.sort(keys);
    List<ScoreDoc> distinct = new ArrayList<>();
    int[] hitOf = new int[first.length]; // the place of hit i's document among the distinct ones
    for (long key : keys) {
      int i = (int) key;
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1).doc != docOf[i]) {
        distinct.add(new ScoreDoc(docOf[i], first[i].score));
      }
      hitOf[i] = distinct.size() - 1;
    }
    ScoreDoc[] hits = distinct.toArray(ScoreDoc[]::new);
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    org.apache.lucene.search.Weight weight =
        searcher.createWeight(
            searcher.rewrite(phrasesAt(query, docs)),
            org.apache.lucene.search.ScoreMode.COMPLETE,
            1f);
    List<LeafReaderContext> leaves = reader.leaves();
    List<java.util.concurrent.CompletableFuture<Void>> parts = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < leaves.size() && from < hits.length; k++) {
      LeafReaderContext leaf = leaves.get(k);
      int end = leaf.docBase + leaf.reader().maxDoc();
      int to = from;
      while (to < hits.length && hits[to].doc < end) {
        to++;
      }
      if (to > from) {
        int a = from;
        int b = to;
        if (to == hits.length) {
          rescore(weight, leaf, hits, a, b); // the last segment's hits on this thread
        } else {
          parts.add(
              java.util.concurrent.CompletableFuture.runAsync(
                  () -> {
                    try {
                      rescore(weight, leaf, hits, a, b);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  LEAVES));
        }
      }
      from = to;
    }
    try {
      for (var part : parts) {
        part.join();
      }
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    ScoreDoc[] passages = new ScoreDoc[first.length];
    for (int i = 0; i < first.length; i++) {
      passages[i] = new ScoreDoc(first[i].doc, hits[hitOf[i]].score);
    }
    return byScore(inDocOrder(passages));
  }

  /**
   * {@code query} (rescoring's boolean query of boosted words and phrase) with each phrase read at
   * {@code docs} (ascending) only: a filter that scores nothing, so every score stays the same to
   * the last bit (RescoringTest, ParallelBuildTest), while the phrase's words are no longer read
   * from each document to the next that has them all.
   */
  private static Query phrasesAt(Query query, int[] docs) {
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    DocsQuery only = new DocsQuery(docs);
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    for (org.apache.lucene.search.BooleanClause c : bool.clauses()) {
      Query q = c.query();
      if (q instanceof BoostQuery b && b.getQuery() instanceof PhraseQuery phrase) {
        q =
            new BoostQuery(
                new BooleanQuery.Builder().add(phrase, Occur.MUST).add(only, Occur.FILTER).build(),
                b.getBoost());
      }
      out.add(q, c.occur());
    }
    return out.build();
  }

  // The two orders of the rescored hits, each sorted as one long per hit (the order's key in the
  // high half, the hit's place in the low half) instead of as objects through a comparator,
  // which was a quarter of rescoring's time on a small index.

  /** The hits by document number (each document is there once). */
  private static ScoreDoc[] inDocOrder(ScoreDoc[] hits) {
    long[] keys = new long[hits.length];
    for (int i = 0; i < hits.length; i++) {
      keys[i] = (long) hits[i].doc << 32 | i;
    }
    return inKeyOrder(hits, keys);
  }

  /**
   * The hits, given in document order, by score, best first, ties in document order: what ordering
   * by score and then document number gives, for scores that are never negative or NaN, as scores
   * are.
   */
  static ScoreDoc[] byScore(ScoreDoc[] inDocOrder) {
    long[] keys = new long[inDocOrder.length];
    for (int i = 0; i < inDocOrder.length; i++) {
      // the higher the score, the lower the key; the sortable int keeps the floats' order
      int score = org.apache.lucene.util.NumericUtils.floatToSortableInt(inDocOrder[i].score);
      keys[i] = (long) ~score << 32 | i;
    }
    return inKeyOrder(inDocOrder, keys);
  }

  private static ScoreDoc[] inKeyOrder(ScoreDoc[] hits, long[] keys) {
    java.util.Arrays.sort(keys);
    ScoreDoc[] out = new ScoreDoc[hits.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = hits[(int) keys[i]];
    }
    return out;
  }

  /** Rescores {@code hits[from..to)}, all in {@code leaf}, in document order. */
  private static void rescore(
      org.apache.lucene.search.Weight weight,
      LeafReaderContext leaf,
      ScoreDoc[] hits,
      int from,
      int to)
      throws IOException {
    org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
    if (scorer == null) {
      return;
    }
    org.apache.lucene.search.TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    org.apache.lucene.search.DocIdSetIterator docs =
        twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    for (int i = from; i < to; i++) {
      int target = hits[i].doc - leaf.docBase;
      int at = docs.docID() < target ? docs.advance(target) : docs.docID();
      if (at == target && (twoPhase == null || twoPhase.matches())) {
        // as QueryRescorer combines the two scores, in double rounded to float
        hits[i].score = (float) (hits[i].score + 1.0 * scorer.score());
      }
    }
  }

  /** Where in {@code text} the query's words occur (stemmed match), for highlighting. */
  public List<Span> matches(String query, String text) {
    return matches(new LinkedHashSet<>(terms(query)), text);
  }

  /** As {@link #matches(String, String)}, for words already analysed by {@link #terms}. */
  public List<Span> matches(Set<String> wanted, String text) {
    List<Span> out = new ArrayList<>();
    if (wanted.isEmpty()) {
      return out;
    }
    for (Token t : analyze(stemmed, text)) {
      if (wanted.contains(t.term)) {
        out.add(new Span(t.start, t.end));
      }
    }
    return out;
  }

  /**
   * What a query is made of: {@code words} picks and scores the candidates (the stems, or the exact
   * words when the query has only stop words); {@code rescore} adds to the best of them the boosted
   * exact words and sloppy phrase of the stems, or is null when there is nothing to add.
   */
  record Analysed(Query words, Query rescore) {}

  Analysed analysed(String text) {
    List<Token> stems = analyze(stemmed, text);
    List<Token> words = analyze(exact, text);
    if (stems.isEmpty() && words.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder first = new BooleanQuery.Builder();
    BooleanQuery.Builder second = new BooleanQuery.Builder();
    Set<String> seen = new LinkedHashSet<>();
    for (Token t : stems) {
      if (seen.size() < MAX_QUERY_TERMS && seen.add(t.term)) {
        first.add(new TermQuery(new Term(Fields.TEXT, t.term)), Occur.SHOULD);
      }
    }
    Set<String> seenExact = new LinkedHashSet<>();
    for (Token t : words) {
      if (seenExact.size() < MAX_QUERY_TERMS && seenExact.add(t.term)) {
        Query tq = new TermQuery(new Term(Fields.EXACT, t.term));
        if (stems.isEmpty()) {
          first.add(tq, Occur.SHOULD);
        } else {
          second.add(new BoostQuery(tq, EXACT_BOOST), Occur.SHOULD);
        }
      }
    }
    if (stems.size() >= 2 && stems.size() <= MAX_QUERY_TERMS) {
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      p.setSlop(3);
      for (Token t : stems) {
        p.add(new Term(Fields.TEXT, t.term), t.position);
      }
      second.add(new BoostQuery(p.build(), PHRASE_BOOST), Occur.SHOULD);
    }
    BooleanQuery rescore = second.build();
    return new Analysed(first.build(), rescore.clauses().isEmpty() ? null : rescore);
  }

  private record Token(String term, int position, int start, int end) {}

  private static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Token(term.toString(), pos, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
    return out;
  }

  // --- For the bench (issue 7): the bare Lucene cost, without the command layer. ---

  /**
   * The ids of the best {@code n} passages for free text: the same query and order as {@link
   * #search}, with nothing built around it, so the bench can time Lucene alone.
   */
  public int[] ids(String text, int n) {
    List<Hit> hits = search(text, n);
    int[] out = new int[hits.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hits.get(i).passageId();
    }
    return out;
  }

  /** Bytes of the index files, all held on the heap by the in-memory directory. */
  public long fileBytes() {
    try {
      long total = 0;
      for (ByteBuffersDirectory directory : directories) {
        for (String f : directory.listAll()) {
          total += directory.fileLength(f);
        }
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close(); // and the shares' readers
      for (ByteBuffersDirectory directory : directories) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
