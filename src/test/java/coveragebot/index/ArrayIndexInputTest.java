package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Passage;
import java.io.EOFException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.RandomAccessInput;
import org.junit.jupiter.api.Test;

/**
 * The index's array-backed input reads exactly what Lucene's own in-memory input reads, and an
 * index read through it answers every question as one read by Lucene: the same random files,
 * written through each directory, read by the same random walk of reads, seeks, slices (of slices),
 * clones and absolute reads; a read past the end fails in both, and a sequential one with {@link
 * EOFException}, which Lucene relies on to report a truncated file.
 */
class ArrayIndexInputTest {

  /** One step of the walk, on Lucene's input or ours: a value to compare, or a failure. */
  private interface Step {
    Object on(IndexInput in) throws Exception;
  }

  @Test
  void readsWhatLucenesInMemoryInputReads() throws Exception {
    Random r = new Random(11);
    for (int file = 0; file < 40; file++) {
      // sizes around Lucene's buffer blocks, so that its reads cross block edges
      byte[] bytes = new byte[file == 0 ? 0 : r.nextInt(file % 2 == 0 ? 300 : 70_000)];
      r.nextBytes(bytes);
      try (Directory lucene = new ByteBuffersDirectory();
          Directory ours = ArrayIndexInput.directory()) {
        IndexInput expected = write(lucene, bytes);
        IndexInput actual = write(ours, bytes);
        assertThat(actual).isInstanceOf(ArrayIndexInput.class);
        walk(r, expected, actual, 0);
      }
    }
  }

  @Test
  void anIndexReadFromArraysAnswersAsOneReadByLucene() {
    // two shares (more than 2 x 20,000 passages), so slices, clones and both cores are used
    List<Passage> passages = new CorpusGenerator(9).corpus(3_500).passages();
    Random r = new Random(3);
    try (PassageIndex ours = PassageIndex.build(passages, 2);
        PassageIndex lucene = PassageIndex.buildReadByLucene(passages)) {
      for (int i = 0; i < 300; i++) {
        String q = Workloads.someWords(passages, r, 5);
        assertThat(ours.search(q, 50)).as(q).isEqualTo(lucene.search(q, 50));
      }
    }
  }

  @Test
  void aReadPastTheEndIsAnEofException() throws Exception {
    try (Directory ours = ArrayIndexInput.directory()) {
      IndexInput in = write(ours, new byte[] {1, 2, 3});
      in.seek(2);
      assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
      assertThat(in.getFilePointer()).as("a failed read moves nothing").isEqualTo(2);
      // a count whose size in bytes overflows an int is past the end too, not a wrapped position
      assertThatThrownBy(() -> in.readInts(new int[1], 0, Integer.MAX_VALUE / 2))
          .isInstanceOf(EOFException.class);
      // ... also where it wraps around to a small size that the file has (4 and 8 bytes)
      try (Directory other = ArrayIndexInput.directory()) {
        IndexInput sixteen = write(other, new byte[16]);
        assertThatThrownBy(() -> sixteen.readInts(new int[1], 0, (1 << 30) + 1))
            .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> sixteen.readFloats(new float[1], 0, (1 << 30) + 1))
            .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> sixteen.readLongs(new long[1], 0, (1 << 29) + 1))
            .isInstanceOf(EOFException.class);
        assertThat(sixteen.getFilePointer()).isZero();
      }
      assertThat(in.getFilePointer()).isEqualTo(2);
      assertThat(in.readByte()).isEqualTo((byte) 3);
      assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
      assertThatThrownBy(() -> in.seek(4)).isInstanceOf(EOFException.class);
      IndexInput slice = in.slice("s", 1, 1);
      assertThat(slice.readByte()).isEqualTo((byte) 2);
      assertThatThrownBy(slice::readByte).isInstanceOf(EOFException.class);
      assertThatThrownBy(() -> ((RandomAccessInput) slice).readShort(0))
          .isInstanceOf(EOFException.class);
    }
  }

  private static IndexInput write(Directory dir, byte[] bytes) throws Exception {
    try (IndexOutput out = dir.createOutput("f", IOContext.DEFAULT)) {
      out.writeBytes(bytes, bytes.length);
    }
    return dir.openInput("f", IOContext.DEFAULT);
  }

  private static void walk(Random r, IndexInput expected, IndexInput actual, int depth)
      throws Exception {
    assertThat(actual.length()).isEqualTo(expected.length());
    int length = (int) expected.length();
    for (int step = 0; step < (depth == 0 ? 400 : 40); step++) {
      int n = r.nextInt(12);
      long at = r.nextInt(length + 4); // past the end too; a negative offset is a caller's bug
      switch (r.nextInt(depth < 2 ? 18 : 16)) {
        case 0 -> same(expected, actual, IndexInput::readByte);
        case 1 ->
            same(
                expected,
                actual,
                in -> {
                  byte[] b = new byte[n + 2];
                  in.readBytes(b, 1, n);
                  return Arrays.toString(b);
                });
        case 2 -> same(expected, actual, IndexInput::readShort);
        case 3 -> same(expected, actual, IndexInput::readInt);
        case 4 -> same(expected, actual, IndexInput::readLong);
        case 5 ->
            same(
                expected,
                actual,
                in -> {
                  int[] v = new int[n + 1];
                  in.readInts(v, 1, n);
                  return Arrays.toString(v);
                });
        case 6 ->
            same(
                expected,
                actual,
                in -> {
                  long[] v = new long[n + 1];
                  in.readLongs(v, 1, n);
                  return Arrays.toString(v);
                });
        case 7 ->
            same(
                expected,
                actual,
                in -> {
                  float[] v = new float[n];
                  in.readFloats(v, 0, n);
                  int[] bits = new int[n];
                  for (int i = 0; i < n; i++) {
                    bits[i] = Float.floatToRawIntBits(v[i]);
                  }
                  return Arrays.toString(bits);
                });
        case 8 -> same(expected, actual, IndexInput::readVInt);
        case 9 -> same(expected, actual, IndexInput::readVLong);
        case 10, 11 ->
            same(
                expected,
                actual,
                in -> {
                  in.seek(at);
                  return in.getFilePointer();
                });
        case 12 -> same(expected, actual, in -> ((RandomAccessInput) in).readByte(at));
        case 13 -> same(expected, actual, in -> ((RandomAccessInput) in).readShort(at));
        case 14 -> same(expected, actual, in -> ((RandomAccessInput) in).readInt(at));
        case 15 -> same(expected, actual, in -> ((RandomAccessInput) in).readLong(at));
        case 16 -> {
          int from = r.nextInt(length + 1);
          int len = r.nextInt(length - from + 1);
          walk(r, expected.slice("s", from, len), actual.slice("s", from, len), depth + 1);
        }
        default -> {
          // a clone reads on from the same place on its own; the original is unmoved by it
          long before = expected.getFilePointer();
          walk(r, expected.clone(), actual.clone(), depth + 1);
          assertThat(actual.getFilePointer()).isEqualTo(before);
        }
      }
      assertThat(actual.getFilePointer()).isEqualTo(expected.getFilePointer());
    }
  }

  /** Both give the same value, or both fail (a sequential read past the end: EOFException). */
  private static void same(IndexInput expected, IndexInput actual, Step step) throws Exception {
    Object want;
    long from = expected.getFilePointer();
    try {
      want = step.on(expected);
    } catch (Exception | AssertionError e) {
      Throwable got = null;
      try {
        step.on(actual);
      } catch (Exception | AssertionError f) {
        got = f;
      }
      assertThat(got).as("fails as Lucene's input does: " + e).isNotNull();
      if (e instanceof EOFException) {
        assertThat(got).isInstanceOf(EOFException.class);
      }
      // Lucene's input may have moved before failing; carry on from the same place in both
      expected.seek(from);
      actual.seek(from);
      return;
    }
    assertThat(step.on(actual)).isEqualTo(want);
  }
}
