package org.newskg.resolve;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only multimap from strings to rows (value, number) on disk, built once: the rows in a
 * data file ({@code key TAB value TAB number NEWLINE}), and an open-addressing table of 8-byte slots
 * (24 bits of the key's hash, 40 bits of the row's offset) that is memory-mapped, so a look-up reads
 * one or two slots and one row, whatever the size of the map. Keys need not be sorted or unique
 * (a key may have several rows); keys and values hold no tab or newline.
 */
final class HashFile implements Closeable {
    /** One row of a key. */
    record Row(String value, double number) {}

    private static final long OFFSET_BITS = 40;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;

    private final FileChannel data;
    private final LongBuffer slots;
    private final long mask;

    private HashFile(FileChannel data, LongBuffer slots) {
        this.data = data;
        this.slots = slots;
        this.mask = slots.capacity() - 1;
    }

    /** Opens a hash file written by {@link Writer} under {@code base} (.data and .slots). */
    static HashFile open(Path base) throws IOException {
        FileChannel data = FileChannel.open(dataFile(base), StandardOpenOption.READ);
        try (FileChannel s = FileChannel.open(slotsFile(base), StandardOpenOption.READ)) {
            LongBuffer slots = s.map(FileChannel.MapMode.READ_ONLY, 0, s.size()).asLongBuffer();
            if (Long.bitCount(slots.capacity()) != 1) {
                data.close();
                throw new IOException(slotsFile(base) + ": not a hash table (size " + s.size() + " bytes)");
            }
            return new HashFile(data, slots);
        }
    }

    /** Every row of the key, in the order they were written. */
    List<Row> get(String key) throws IOException {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        long h = hash(k);
        long fingerprint = h >>> OFFSET_BITS;
        List<Row> out = new ArrayList<>(1);
        for (long i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots.get((int) i);
            if (slot == 0) {
                return out;
            }
            if (slot >>> OFFSET_BITS == fingerprint) {
                Row row = rowAt((slot & OFFSET_MASK) - 1, k);
                if (row != null) {
                    out.add(row);
                }
            }
        }
    }

    /** The row at this offset if its key is the one asked for. */
    private Row rowAt(long offset, byte[] key) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(256);
        while (true) {
            buf.clear();
            int n = data.read(buf, offset);
            int end = -1;
            for (int i = 0; i < Math.max(n, 0); i++) {
                if (buf.get(i) == '\n') {
                    end = i;
                    break;
                }
            }
            if (end < 0 && n == buf.capacity()) {
                buf = ByteBuffer.allocate(buf.capacity() * 4);
                continue;
            }
            if (end < 0) {
                throw new IOException("hash file row at " + offset + " has no end");
            }
            if (end <= key.length || buf.get(key.length) != '\t'
                    || !Arrays.equals(buf.array(), 0, key.length, key, 0, key.length)) {
                return null;
            }
            String[] fields = new String(buf.array(), key.length + 1, end - key.length - 1, StandardCharsets.UTF_8)
                    .split("\t", -1);
            return new Row(fields[0], Double.parseDouble(fields[1]));
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".data");
    }

    static Path slotsFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".slots");
    }

    /** FNV-1a over the bytes, then a 64-bit finaliser so that low and high bits both mix. */
    static long hash(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1ec6b53L;
        h ^= h >>> 33;
        return h;
    }

    /** Writes the rows as they come; {@link #finish} sizes and writes the table (twice the rows, a power of two). */
    static final class Writer implements Closeable {
        private final Path base;
        private final OutputStream out;
        private long offset;
        private long[] hashes = new long[1 << 16];
        private long[] offsets = new long[1 << 16];
        private int rows;

        Writer(Path base) throws IOException {
            this.base = base;
            this.out = new BufferedOutputStream(Files.newOutputStream(dataFile(base)), 1 << 16);
        }

        void add(String key, String value, double number) throws IOException {
            if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("tab or newline in a hash file row: " + key);
            }
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            byte[] rest = ("\t" + value + "\t" + number + "\n").getBytes(StandardCharsets.UTF_8);
            if (rows == hashes.length) {
                hashes = Arrays.copyOf(hashes, rows * 2);
                offsets = Arrays.copyOf(offsets, rows * 2);
            }
            hashes[rows] = hash(k);
            offsets[rows] = offset;
            rows++;
            out.write(k);
            out.write(rest);
            offset += k.length + rest.length;
            if (offset >= OFFSET_MASK) {
                throw new IOException(dataFile(base) + ": too large for a hash file");
            }
        }

        int rows() {
            return rows;
        }

        /** Closes the data file and writes the table. */
        void finish() throws IOException {
            out.close();
            int size = Integer.highestOneBit(Math.max(2, rows) * 2 - 1) << 1;
            long[] table = new long[size];
            long m = size - 1;
            for (int r = 0; r < rows; r++) {
                long i = hashes[r] & m;
                while (table[(int) i] != 0) {
                    i = (i + 1) & m;
                }
                table[(int) i] = (hashes[r] >>> OFFSET_BITS) << OFFSET_BITS | (offsets[r] + 1);
            }
            hashes = null;
            offsets = null;
            try (FileChannel c = FileChannel.open(slotsFile(base), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                for (long slot : table) {
                    if (!buf.hasRemaining()) {
                        buf.flip();
                        while (buf.hasRemaining()) {
                            c.write(buf);
                        }
                        buf.clear();
                    }
                    buf.putLong(slot);
                }
                buf.flip();
                while (buf.hasRemaining()) {
                    c.write(buf);
                }
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
