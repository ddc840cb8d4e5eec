package org.corroborate.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tokens, sentences, tags, entities and dependency edges of one text, as plain values.
 * Nothing outside this package sees CoreNLP types.
 */
public final class AnnotatedText {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<List<Integer>> children;

    public AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        List<List<Integer>> kids = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            kids.add(new ArrayList<>(2));
        }
        for (Token t : tokens) {
            if (t.head() >= 0) {
                kids.get(t.head()).add(t.index());
            }
        }
        this.children = kids;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    /** Dependents of a token, in text order. */
    public List<Integer> children(int index) {
        return Collections.unmodifiableList(children.get(index));
    }

    /** First token whose span ends after {@code offset}; tokens.size() when none. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Tokens wholly inside [start, end). */
    public List<Token> tokensIn(int start, int end) {
        List<Token> out = new ArrayList<>();
        for (int i = tokenAtOrAfter(start); i < tokens.size() && tokens.get(i).start() < end; i++) {
            if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** Smallest and largest token index in the subtree under {@code root}, skipping subtrees rooted at {@code excluded}. */
    public int[] subtreeRange(int root, java.util.function.IntPredicate excluded) {
        int[] range = {root, root};
        collect(root, excluded, range);
        return range;
    }

    private void collect(int node, java.util.function.IntPredicate excluded, int[] range) {
        for (int child : children.get(node)) {
            if (excluded.test(child)) {
                continue;
            }
            range[0] = Math.min(range[0], child);
            range[1] = Math.max(range[1], child);
            collect(child, excluded, range);
        }
    }
}
