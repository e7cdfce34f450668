package org.vidnova.casualties.linkage;

/** A person's decision on a pair put before them: the same person, or different people. Every later run keeps it. */
public enum Verdict {
    SAME, DIFFERENT
}
