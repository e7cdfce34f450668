package org.vidnova.incidents.importing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys an import has met so far and the line each was first met on, held in memory up to a fixed number of keys
 * so that the heap stays flat however long the file: a key is kept as the first 128 bits of its SHA-256 (two
 * {@code long}s) beside its line, in open-addressing arrays that grow from a few thousand slots up to
 * {@code maxKeys / 0.75} slots (24 bytes a slot: 24 MB for the default 700,000 keys). Once full, {@link #meet}
 * answers {@link #FULL} for a key it has not met, and the caller keeps that key elsewhere (the import, in a table).
 * <p>
 * Why hashes and not the keys: a key of a million-row file is a String of some 60 bytes with its map entry, about
 * 100 MB for a million; the hashes are a quarter of that and need no objects. Two different keys share the first 128
 * bits of their SHA-256 with a probability of about n²/2¹²⁹ (3·10⁻²⁷ for a million keys), far below any other cause
 * of a wrong answer; and SHA-256, unlike a fast hash, cannot be steered by a file crafted to make a good row look
 * like a repeated one.
 */
public final class MetKeys {

    /** {@link #meet}: the key was not met before and is now kept. */
    public static final long NEW = -1;
    /** {@link #meet}: the key is not among those kept, and there is no room to keep it. */
    public static final long FULL = -2;

    private static final int FIRST_SLOTS = 1 << 12;

    private final int maxKeys;
    private final MessageDigest sha256;
    private long[] high;
    private long[] low;
    /** The line of each slot's key; 0 marks an empty slot (lines start at 1). */
    private long[] lines;
    private int size;

    public MetKeys(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive: " + maxKeys);
        }
        this.maxKeys = maxKeys;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        allocate(Math.min(FIRST_SLOTS, slotsFor(maxKeys)));
    }

    /**
     * Meets {@code key} on {@code line} (at least 1): the line it was first met on if it was met before, else
     * {@link #NEW} (and it is kept) or {@link #FULL} (and it is not).
     */
    public long meet(String key, long line) {
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        long h = digest.getLong();
        long l = digest.getLong();
        int slot = find(h, l);
        if (lines[slot] != 0) {
            return lines[slot];
        }
        if (size == maxKeys) {
            return FULL;
        }
        if ((size + 1) * 4L > lines.length * 3L) {
            allocate(lines.length * 2);
            slot = find(h, l);
        }
        high[slot] = h;
        low[slot] = l;
        lines[slot] = line;
        size++;
        return NEW;
    }

    /** How many keys are kept. */
    public int size() {
        return size;
    }

    /** The slot holding (h, l), or the empty slot where it would go (linear probing; there is always one empty). */
    private int find(long h, long l) {
        int mask = lines.length - 1;
        int slot = (int) (l ^ (l >>> 32)) & mask;
        while (lines[slot] != 0 && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void allocate(int slots) {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldLines = lines;
        high = new long[slots];
        low = new long[slots];
        lines = new long[slots];
        if (oldLines != null) {
            for (int n = 0; n < oldLines.length; n++) {
                if (oldLines[n] != 0) {
                    int slot = find(oldHigh[n], oldLow[n]);
                    high[slot] = oldHigh[n];
                    low[slot] = oldLow[n];
                    lines[slot] = oldLines[n];
                }
            }
        }
    }

    /** The power of two of slots that holds {@code keys} at most three quarters full, with one always empty. */
    private static int slotsFor(int keys) {
        long needed = keys * 4L / 3 + 1;
        return (int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1);
    }
}
