package coveragebot.index;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An in-memory index file read from one byte array: every read is a plain, bounds-checked array
 * access (little-endian, as Lucene writes). Lucene's own in-memory input ({@code
 * ByteBuffersIndexInput}) reads through a list of buffers, checking at each read which buffer holds
 * it, and reads the postings' blocks of ints one int at a time: searches over 100k generated
 * articles took a quarter (bench) to a half (JMH {@code Searches}) less time with this one, same
 * answers (README, "Benchmarks"). ArrayIndexInputTest compares every read with Lucene's input.
 */
final class ArrayIndexInput extends IndexInput implements RandomAccessInput {

  /**
   * An in-memory directory whose files, once written, are read with this input (Lucene's own
   * many-buffers input for a file too large for one array).
   */
  static ByteBuffersDirectory directory() {
    return new ByteBuffersDirectory(
        new SingleInstanceLockFactory(),
        ByteBuffersDataOutput::new,
        (name, written) ->
            written.size() <= MAX_ARRAY
                ? new ArrayIndexInput("ArrayIndexInput(" + name + ")", written.toArrayCopy())
                : ByteBuffersDirectory.OUTPUT_AS_MANY_BUFFERS.apply(name, written));
  }

  /** The largest array the JVM surely allocates. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] bytes;
  private final int base;
  private final int length;
  private int pos; // index into bytes of the next read, from base to base + length

  ArrayIndexInput(String description, byte[] bytes) {
    this(description, bytes, 0, bytes.length);
  }

  private ArrayIndexInput(String description, byte[] bytes, int base, int length) {
    super(description);
    this.bytes = bytes;
    this.base = base;
    this.length = length;
    this.pos = base;
  }

  /**
   * Where the next {@code n} bytes start; moves past them, or fails without moving. A long, so that
   * a bulk read's size in bytes (count times width) cannot wrap around to a small number.
   */
  private int take(long n) throws EOFException {
    int at = pos;
    if (n < 0 || n > base + length - at) {
      throw new EOFException("read past EOF: " + this);
    }
    pos = at + (int) n;
    return at;
  }

  private int at(long offset, int n) throws EOFException {
    if (offset < 0 || offset > length - n) {
      throw new EOFException("read past EOF: " + this + " at " + offset);
    }
    return base + (int) offset;
  }

  @Override
  public byte readByte() throws IOException {
    return bytes[take(1)];
  }

  @Override
  public void readBytes(byte[] b, int offset, int len) throws IOException {
    System.arraycopy(bytes, take(len), b, offset, len);
  }

  @Override
  public short readShort() throws IOException {
    return (short) SHORT.get(bytes, take(2));
  }

  @Override
  public int readInt() throws IOException {
    return (int) INT.get(bytes, take(4));
  }

  @Override
  public long readLong() throws IOException {
    return (long) LONG.get(bytes, take(8));
  }

  @Override
  public void readInts(int[] dst, int offset, int len) throws IOException {
    int at = take(4L * len);
    for (int i = 0; i < len; i++) {
      dst[offset + i] = (int) INT.get(bytes, at + 4 * i);
    }
  }

  @Override
  public void readLongs(long[] dst, int offset, int len) throws IOException {
    int at = take(8L * len);
    for (int i = 0; i < len; i++) {
      dst[offset + i] = (long) LONG.get(bytes, at + 8 * i);
    }
  }

  @Override
  public void readFloats(float[] dst, int offset, int len) throws IOException {
    int at = take(4L * len);
    for (int i = 0; i < len; i++) {
      dst[offset + i] = Float.intBitsToFloat((int) INT.get(bytes, at + 4 * i));
    }
  }

  @Override
  public long getFilePointer() {
    return pos - base;
  }

  @Override
  public void seek(long to) throws IOException {
    if (to < 0 || to > length) {
      throw new EOFException("seek past EOF: " + this + " to " + to);
    }
    pos = base + (int) to;
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public ArrayIndexInput slice(String description, long offset, long len) throws IOException {
    if (offset < 0 || len < 0 || offset + len > length) {
      throw new IllegalArgumentException(
          "slice() " + description + " out of bounds: " + offset + "+" + len + " of " + this);
    }
    return new ArrayIndexInput(
        getFullSliceDescription(description), bytes, base + (int) offset, (int) len);
  }

  /** The same array and bounds at the same position, then read on its own. */
  @Override
  public ArrayIndexInput clone() {
    return (ArrayIndexInput) super.clone();
  }

  @Override
  public void close() {}

  // RandomAccessInput: absolute reads that leave the position alone

  @Override
  public byte readByte(long offset) throws IOException {
    return bytes[at(offset, 1)];
  }

  @Override
  public void readBytes(long offset, byte[] b, int off, int len) throws IOException {
    System.arraycopy(bytes, at(offset, len), b, off, len);
  }

  @Override
  public short readShort(long offset) throws IOException {
    return (short) SHORT.get(bytes, at(offset, 2));
  }

  @Override
  public int readInt(long offset) throws IOException {
    return (int) INT.get(bytes, at(offset, 4));
  }

  @Override
  public long readLong(long offset) throws IOException {
    return (long) LONG.get(bytes, at(offset, 8));
  }
}
