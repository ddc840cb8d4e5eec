package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.StatementKind;

/**
 * A statement while it is being assembled: character ranges into the article, filled in by the finders and
 * then resolved into a {@link org.corroborate.model.Statement}. Ranges are [start, end); -1 means absent.
 */
final class Candidate {
    int cueStart = -1;
    int cueEnd = -1;
    String cueLemma;
    /** Token index of the cue's head word, -1 when there is no cue (continuations). */
    int cueToken = -1;
    int sourceStart = -1;
    int sourceEnd = -1;
    /** Token index of the source mention's head word, -1 when unknown. */
    int sourceHead = -1;
    /** For a relative "who": the noun phrase it stands for, resolved in its place. -1 when absent. */
    int antecedentStart = -1;
    int antecedentEnd = -1;
    int antecedentHead = -1;
    int contentStart;
    int contentEnd;
    StatementKind kind = StatementKind.INDIRECT;
    String rule;
    /** Source mention ranges of the outlets or people it came through, outermost first. */
    final List<int[]> via = new ArrayList<>();
    /** Set for a continuation: the statement whose speaker this one inherits. */
    Candidate inheritsFrom;

    /** Takes over the cue, source and chain of another statement (continuations, split quotes). */
    void copyAttribution(Candidate from) {
        cueStart = from.cueStart;
        cueEnd = from.cueEnd;
        cueLemma = from.cueLemma;
        cueToken = from.cueToken;
        sourceStart = from.sourceStart;
        sourceEnd = from.sourceEnd;
        sourceHead = from.sourceHead;
        antecedentStart = from.antecedentStart;
        antecedentEnd = from.antecedentEnd;
        antecedentHead = from.antecedentHead;
        via.addAll(from.via);
    }

    boolean hasSource() {
        return sourceStart >= 0;
    }

    boolean contentOverlaps(int start, int end) {
        return contentStart < end && start < contentEnd;
    }
}
