package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Cue;
import org.corroborate.model.Furniture;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceSummary;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.model.Via;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.NlpPipeline;
import org.corroborate.text.PageFurniture;

/**
 * Finds every attributed statement in an article. The chain, in order:
 * quotes ({@link QuoteFinder}) and reported speech ({@link ClauseAttributor}) are found independently, joined
 * ({@link QuoteAttributor}), then their sources are resolved and typed ({@link SourceResolver}).
 * Stateless and thread-safe: per-article state lives in local objects.
 */
public final class AttributionEngine {
    private final CueLexicon cues = new CueLexicon();
    private final SourceTyper typer = new SourceTyper();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final ClauseAttributor clauses = new ClauseAttributor(cues, typer);
    private final QuoteAttributor quoteAttributor = new QuoteAttributor();
    private final MarkerAttributor markers = new MarkerAttributor();
    private final ReportingAdverbs reportingAdverbs = new ReportingAdverbs();
    private final PollFindings pollFindings = new PollFindings();
    private final PageFurniture pageFurniture = new PageFurniture();

    /**
     * The statements and sources of one article, with what later stages read: the annotated text, the page
     * furniture and the quotations ({@link QuoteFinder}, in text order).
     */
    public record Result(AnnotatedText annotated, List<Statement> statements, List<SourceSummary> sources,
                         List<Furniture> furniture, List<Quote> quotes) {
    }

    /** Statements and sources only; {@link org.corroborate.Analyzer} adds the claim details. */
    public Analysis analyze(Article article, NlpPipeline nlp) {
        Result result = attribute(article, nlp);
        return Analysis.of(article, result.statements(), result.sources());
    }

    public Result attribute(Article article, NlpPipeline nlp) {
        String text = article.text();
        List<Quote> quotes = quoteFinder.find(text);
        AnnotatedText at = ParseRepairs.read(nlp, text, cues, quotes);
        List<Candidate> found = new ArrayList<>(clauses.find(at, quotes));
        found.addAll(reportingAdverbs.find(at, quotes, cueTokens(found)));
        found.addAll(pollFindings.find(at));
        found.addAll(markers.find(text, quotes));
        List<Candidate> candidates = quoteAttributor.attach(text, quotes, found);
        List<Furniture> furniture = pageFurniture.find(text);
        candidates.removeIf(c -> inFurniture(c, furniture));
        nestedChains(candidates, cues);
        List<Statement> statements = resolve(at, candidates);
        return new Result(at, statements, summarize(statements), furniture, quotes);
    }

    private static Set<Integer> cueTokens(List<Candidate> candidates) {
        Set<Integer> tokens = new HashSet<>();
        for (Candidate c : candidates) {
            tokens.add(c.cueToken);
        }
        return tokens;
    }

    /** A caption or credit line says nothing on anyone's behalf, whatever its verbs ("image taken by ..."). */
    private static boolean inFurniture(Candidate c, List<Furniture> furniture) {
        for (Furniture f : furniture) {
            boolean content = c.contentStart < f.end() && f.start() < c.contentEnd;
            boolean cue = c.cueStart >= 0 && c.cueStart < f.end() && f.start() < c.cueEnd;
            if (content || cue) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement reported inside another's content ("Phelan reported: they say they heard no gunfire") came
     * through the outer source: the outer source and its own chain become this one's chain.
     */
    private static void nestedChains(List<Candidate> candidates, CueLexicon cues) {
        // Outer statements sorted by where their content starts, so each inner one looks only at those starting
        // before its cue and not too far back: linear in practice, even for articles with thousands of statements.
        List<Candidate> outers = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.inheritsFrom == null && c.hasSource() && c.cueStart >= 0 && cues.passesSpeechOn(c.cueLemma)) {
                outers.add(c);
            }
        }
        outers.sort(Comparator.comparingInt(c -> c.contentStart));
        int[] starts = outers.stream().mapToInt(c -> c.contentStart).toArray();
        for (Candidate inner : candidates) {
            if (inner.cueStart < 0 || inner.inheritsFrom != null || !inner.via.isEmpty()) {
                continue;
            }
            Candidate outer = null;
            int last = upperBound(starts, inner.contentStart);
            for (int i = last - 1; i >= 0 && starts[i] >= inner.cueStart - MAX_NESTING_REACH; i--) {
                Candidate c = outers.get(i);
                if (c != inner && encloses(c, inner)
                        && (outer == null || c.contentEnd - c.contentStart < outer.contentEnd - outer.contentStart)) {
                    outer = c;
                }
            }
            if (outer != null) {
                inner.via.addAll(outer.via);
                inner.via.add(new int[]{outer.sourceStart, outer.sourceEnd, outer.sourceHead});
            }
        }
    }

    /** How far (characters) before a cue an enclosing statement's content may start. */
    private static final int MAX_NESTING_REACH = 5000;

    private static boolean encloses(Candidate outer, Candidate inner) {
        return outer.contentStart <= inner.cueStart && inner.cueEnd <= outer.contentEnd
                && (!inner.hasSource() || outer.contentStart <= inner.sourceStart)
                && outer.contentStart <= inner.contentStart && inner.contentEnd <= outer.contentEnd
                && !(inner.contentStart == outer.contentStart && inner.contentEnd == outer.contentEnd);
    }

    /** Number of values <= key in a sorted array. */
    private static int upperBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<Statement> resolve(AnnotatedText at, List<Candidate> candidates) {
        String text = at.text();
        SourceResolver resolver = new SourceResolver(at, typer);
        // Resolve in the order sources are mentioned, so "she" and "Vos" can look back at what came before.
        List<Candidate> byMention = new ArrayList<>(candidates);
        byMention.sort(Comparator.comparingInt(c -> c.hasSource() ? c.sourceStart : c.contentStart));
        Map<Candidate, SourceMention> sources = new IdentityHashMap<>();
        Map<Candidate, List<Via>> vias = new IdentityHashMap<>();
        for (Candidate c : byMention) {
            if (c.inheritsFrom != null || !c.hasSource()) {
                continue;
            }
            List<Via> via = new ArrayList<>();
            for (int[] v : c.via) {
                SourceMention m = resolver.resolve(v[0], v[1], v[2]);
                via.add(new Via(m.name(), m.type()));
            }
            SourceMention source;
            if (c.antecedentStart >= 0) {
                SourceMention meant = resolver.resolve(c.antecedentStart, c.antecedentEnd, c.antecedentHead);
                source = new SourceMention(text.substring(c.sourceStart, c.sourceEnd), c.sourceStart,
                        c.sourceEnd, meant.name(), meant.type(), meant.description());
            } else {
                source = resolver.resolve(c.sourceStart, c.sourceEnd, c.sourceHead);
            }
            sources.put(c, source);
            // "Brede cited the policies, which he said ...": a speaker is no link in the chain of their own words
            via.removeIf(v -> v.name().equals(source.name()));
            vias.put(c, via);
        }
        List<Statement> out = new ArrayList<>();
        Map<Candidate, Integer> index = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            Candidate owner = c;
            while (owner.inheritsFrom != null) {
                owner = owner.inheritsFrom;
            }
            index.put(c, out.size());
            Integer continues = c.inheritsFrom == null ? null : index.get(owner);
            SourceMention source = sources.get(owner);
            if (source == null) {
                source = new SourceMention("", -1, -1, "unknown", org.corroborate.model.SourceType.UNKNOWN, "");
            } else if (c.inheritsFrom != null && "continuation".equals(c.rule)) {
                source = new SourceMention("", -1, -1, source.name(), source.type(), source.description());
            }
            Cue cue = c.cueStart < 0 ? null
                    : new Cue(text.substring(c.cueStart, c.cueEnd), c.cueStart, c.cueEnd, c.cueLemma);
            out.add(new Statement(c.kind, Span.of(text, c.contentStart, c.contentEnd), cue, source,
                    vias.getOrDefault(owner, List.of()), c.rule, continues));
        }
        return out;
    }

    private static List<SourceSummary> summarize(List<Statement> statements) {
        Map<String, SourceSummary> byName = new LinkedHashMap<>();
        for (Statement s : statements) {
            SourceMention m = s.source();
            String key = m.name() + "\u0000" + m.type();
            SourceSummary prev = byName.get(key);
            String description = prev != null && !prev.description().isEmpty() ? prev.description() : m.description();
            byName.put(key, new SourceSummary(m.name(), m.type(), description, prev == null ? 1 : prev.statements() + 1));
        }
        List<SourceSummary> list = new ArrayList<>(byName.values());
        list.sort(Comparator.comparingInt(SourceSummary::statements).reversed());
        return list;
    }
}
