package coveragebot.index;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches the listed documents (numbers in the whole index, ascending) and scores nothing: as a
 * filter beside a phrase it leads the phrase's conjunction, so that the phrase's words are read at
 * these documents only, instead of the conjunction leapfrogging from each to the next document that
 * has every word (rescoring's phrase took half the time it does without it).
 */
final class DocsQuery extends Query {
  private final int[] docs;

  DocsQuery(int[] docs) {
    this.docs = docs;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext leaf) {
        int base = leaf.docBase;
        int from = lowerBound(base);
        int to = lowerBound(base + leaf.reader().maxDoc());
        if (from == to) {
          return null;
        }
        return new DefaultScorerSupplier(
            new ConstantScoreScorer(score(), scoreMode, new Listed(base, from, to)));
      }

      @Override
      public boolean isCacheable(LeafReaderContext leaf) {
        return false;
      }
    };
  }

  /** The first index of {@link #docs} at or after {@code doc}. */
  private int lowerBound(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? i : -i - 1;
  }

  /** {@code docs[from, to)} as a segment's document numbers. */
  private final class Listed extends DocIdSetIterator {
    private final int base;
    private final int to;
    private final int cost;
    private int i;
    private int doc = -1;

    Listed(int base, int from, int to) {
      this.base = base;
      this.i = from - 1;
      this.to = to;
      this.cost = to - from;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return doc = ++i < to ? docs[i] - base : NO_MORE_DOCS;
    }

    @Override
    public int advance(int target) {
      while (++i < to) {
        if (docs[i] - base >= target) {
          return doc = docs[i] - base;
        }
      }
      return doc = NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return cost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "docs(" + docs.length + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocsQuery d && Arrays.equals(d.docs, docs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(docs);
  }
}
