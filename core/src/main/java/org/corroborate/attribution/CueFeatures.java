package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * The features the cue model sees for one candidate word: its lemma and tag, where it sits in the parse and under
 * which word, what hangs off it (a clause? a subject, of which kind and which word? which object: "made the case"
 * is a cue where "made a sandwich" is not), how often its lemma was a cue in training, whether a verb like "said"
 * sits above it, and whether it is inside a quotation. Shared by training and analysis, so both always describe a
 * word the same way.
 */
public final class CueFeatures {
    private final CueLexicon lexicon;

    public CueFeatures() {
        this(new CueLexicon());
    }

    CueFeatures(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Verbs of parsed sentences, and "according": the words that may head a cue. */
    public static boolean isCandidate(AnnotatedText at, Token t) {
        boolean parsed = t.head() >= 0 || t.relation().equals("root");
        return parsed && (t.isVerb() || t.word().equalsIgnoreCase("according"));
    }

    public List<String> of(AnnotatedText at, Token t, boolean inQuote) {
        List<String> f = new ArrayList<>(24);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        f.add("bias");
        f.add("lemma=" + lemma);
        f.add("pos=" + t.pos());
        f.add("rel=" + t.relation());
        f.add("lemma_rel=" + lemma + "|" + t.relation());
        f.add("share=" + lexicon.shareBucket(lemma));
        f.add("stance=" + lexicon.stance(lemma) + "|" + lexicon.isHandListed(lemma));
        f.add("quote=" + inQuote);
        String subject = "none";
        for (int k : at.children(t.index())) {
            Token c = at.token(k);
            String rel = c.relation();
            f.add("child=" + rel);
            if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj") || rel.equals("iobj")
                    || rel.equals("parataxis") || rel.equals("obl")) {
                f.add("lemma_child=" + lemma + "|" + rel);
            }
            if (rel.equals("obj") || rel.equals("obl")) {
                f.add("lemma_objlemma=" + lemma + "|" + rel + "|" + c.lemma().toLowerCase(Locale.ROOT));
            }
            if (rel.equals("mark") || rel.equals("aux")) {
                f.add("child_word=" + rel + "|" + c.word().toLowerCase(Locale.ROOT));
            }
            if (rel.startsWith("nsubj")) {
                subject = c.isPronoun() ? "pronoun:" + c.word().toLowerCase(Locale.ROOT)
                        : c.isProperNoun() ? "proper" : c.isNoun() ? "noun" : "other";
                f.add("subj_ner=" + c.ner());
                f.add("subj_after=" + (k > t.index()));
                f.add("subj_lemma=" + c.lemma().toLowerCase(Locale.ROOT));
            }
            if (rel.equals("ccomp")) {
                for (int g : at.children(k)) {
                    if (at.token(g).relation().equals("mark")) {
                        f.add("ccomp_mark=" + at.token(g).word().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        f.add("subj=" + subject);
        f.add("lemma_subj=" + lemma + "|" + (subject.startsWith("pronoun") ? "pronoun" : subject));
        if (t.head() >= 0) {
            Token head = at.token(t.head());
            f.add("head_pos=" + head.pos());
            f.add("head_after=" + (t.head() > t.index()));
            f.add("rel_headlemma=" + t.relation() + "|" + head.lemma().toLowerCase(Locale.ROOT));
        }
        if (CopulaCues.isCopula(at, t)) {
            predicateFeatures(at, at.token(t.head()), f);
        }
        // "Flynn said Trump was right when he said ...": a verb inside what a strong cue reports is rarely
        // annotated as a cue of its own.
        f.add("under_cue=" + underStrongCue(at, t));
        int i = t.index();
        f.add("prev=" + (i > 0 ? at.token(i - 1).word().toLowerCase(Locale.ROOT) : "<s>"));
        f.add("next=" + (i + 1 < at.tokens().size() ? at.token(i + 1).word().toLowerCase(Locale.ROOT) : "</s>"));
        f.add("lemma_next=" + lemma + "|"
                + (i + 1 < at.tokens().size() ? at.token(i + 1).word().toLowerCase(Locale.ROOT) : "</s>"));
        return f;
    }

    /**
     * A copula hangs on its predicate, which holds the subject and what the stance is about ("was sure that
     * ...", "is critical of X"): the predicate's word and what hangs off it describe the copula.
     */
    private static void predicateFeatures(AnnotatedText at, Token predicate, List<String> f) {
        String lemma = predicate.lemma().toLowerCase(Locale.ROOT);
        f.add("pred_lemma=" + lemma);
        f.add("pred_pos=" + predicate.pos());
        for (int k : at.children(predicate.index())) {
            Token c = at.token(k);
            String rel = c.relation();
            if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("csubj") || rel.equals("advcl")) {
                f.add("pred_child=" + rel);
                f.add("pred_lemma_child=" + lemma + "|" + rel);
            } else if ((rel.equals("obl") || rel.startsWith("nmod")) && k > predicate.index()) {
                int marker = ParseWords.caseMarker(at, k);
                String word = marker >= 0 ? at.token(marker).word().toLowerCase(Locale.ROOT) : "-";
                f.add("pred_case=" + word);
                f.add("pred_lemma_case=" + lemma + "|" + word);
            } else if (rel.equals("case") && k < predicate.index()) {
                f.add("pred_is_pp=" + c.word().toLowerCase(Locale.ROOT)); // "is against it"
            } else if (rel.startsWith("nsubj")) {
                f.add("pred_subj=" + (c.isPronoun() ? "pronoun" : c.isProperNoun() ? "proper"
                        : c.isNoun() ? "noun" : "other"));
            }
        }
    }

    /** Whether a verb above this one, within three steps, is a word that is nearly always a cue ("said"). */
    private String underStrongCue(AnnotatedText at, Token t) {
        int k = t.head();
        for (int depth = 0; depth < 3 && k >= 0; depth++, k = at.token(k).head()) {
            Token up = at.token(k);
            if (up.isVerb() && lexicon.isStrongCue(up.lemma())) {
                return "d" + depth + "|" + t.relation();
            }
        }
        return "none";
    }
}
