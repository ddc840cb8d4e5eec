package org.corroborate.attribution;

import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Passive cues with a by-agent: "The issue was first reported by The Washington Post" (the agent is the source, the
 * passive subject the content, and "by" belongs to the cue), also reduced ones: "a practice criticized by Holm",
 * whether the parser hung "criticized" on the noun or made it a verb with "practice" as its subject.
 */
final class PassiveAgents {
    private PassiveAgents() {
    }

    /** The agent's statement, or null when the verb has no by-agent or nothing it was about. */
    static Candidate read(AnnotatedText at, Token v) {
        int agent = ParseWords.byAgent(at, v.index());
        if (agent < 0) {
            return null;
        }
        int by = ParseWords.caseMarker(at, agent);
        int subject = -1;
        int plainSubject = -1;
        for (int k : at.children(v.index())) {
            String rel = at.token(k).relation();
            if (rel.equals("nsubj:pass")) {
                subject = k;
            } else if (rel.equals("nsubj") && k < v.index()) {
                plainSubject = k;
            }
        }
        boolean reducedRelative = subject < 0 && v.relation().equals("acl") && v.pos().equals("VBN");
        if (reducedRelative) {
            subject = v.head(); // "a practice criticized by Holm": the practice is what Holm criticized
        } else if (subject < 0 && v.pos().equals("VBN") && !ParseWords.hasAuxiliary(at, v.index())) {
            subject = plainSubject; // "a practice criticized by Holm", parsed as a clause: no "has", so a passive
        }
        if (subject < 0) {
            return null;
        }
        Candidate c = new Candidate();
        int[] cueRange = ParseWords.cueRange(at, v);
        c.cueStart = at.token(cueRange[0]).start();
        c.cueEnd = at.token(by).end();
        c.cueLemma = v.lemma();
        c.cueToken = v.index();
        int marker = by;
        CandidateSpans.setSource(at, c, at.subtreeRange(agent, k -> k == marker || ParseWords.isEdgePunct(at, k)), agent);
        int verb = v.index();
        int[] content = at.subtreeRange(subject, k -> k == verb || ParseWords.isEdgePunct(at, k)
                || reducedRelative && k > verb);
        CandidateSpans.setContent(at, c, content);
        c.rule = "passive-agent";
        return c.contentStart < c.contentEnd && c.contentEnd <= c.cueStart ? c : null;
    }
}
