package org.corroborate.eval.polnear;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.corroborate.attribution.CueDiagnosis;
import org.corroborate.model.Analysis;

/**
 * What a developer reads to see why the figures are what they are: for one article, one tab-separated line per
 * gold cue no prediction overlaps (MISSED, with its source, the start of its content and why it was missed, from
 * {@link CueDiagnosis}: not parsed, no word that can head a cue, rejected or accepted by the cue model), per predicted cue
 * (MATCHED or SPURIOUS, with the rule that found it, the source type and the kind), and per matched cue whose
 * source or content does not overlap the gold one (SOURCE- or CONTENT-WRONG, -MISSING, -EXTRA), each with its
 * context. Matching is the scorer's one-to-one overlap matching of cues.
 */
final class ErrorListing {
    private static final int CONTEXT = 90;

    private ErrorListing() {
    }

    /** Why a gold cue was missed, given its characters; {@link CueDiagnosis.Article#reason} in use. */
    interface MissReason {
        String of(int start, int end);
    }

    static String of(GoldArticle gold, Analysis analysis, MissReason why) {
        String text = gold.text();
        List<GoldAttribution> goldCues = gold.attributions().stream().filter(g -> g.cue() != null).toList();
        List<PolnearScorer.Predicted> predicted = PolnearScorer.joinContinuations(analysis.statements()).stream()
                .filter(p -> p.cue() != null).toList();
        List<int[]> pairs = SpanMatching.greedyPairs(goldCues.stream().map(GoldAttribution::cue).toList(),
                predicted.stream().map(PolnearScorer.Predicted::cue).toList(), Region::overlap);
        Set<Integer> goldMatched = new HashSet<>();
        Set<Integer> predictedMatched = new HashSet<>();
        for (int[] pair : pairs) {
            goldMatched.add(pair[0]);
            predictedMatched.add(pair[1]);
        }
        StringBuilder out = new StringBuilder();
        for (int[] pair : pairs) {
            GoldAttribution g = goldCues.get(pair[0]);
            PolnearScorer.Predicted p = predicted.get(pair[1]);
            String source = disagreement(g.source(), p.source());
            if (source != null) {
                out.append(gold.id()).append("\tSOURCE-").append(source).append('\t').append(span(text, g.cue()))
                        .append("\tgold=").append(g.source() == null ? "-" : span(text, g.source()))
                        .append("\tpredicted=").append(p.source() == null ? "-" : span(text, p.source()))
                        .append("\t").append(context(text, g.cue())).append('\n');
            }
            String content = disagreement(g.content(), p.content());
            if (content != null) {
                out.append(gold.id()).append("\tCONTENT-").append(content).append('\t').append(span(text, g.cue()))
                        .append("\tgold=").append(g.content() == null ? "-" : abbreviate(span(text, g.content())))
                        .append("\tpredicted=").append(abbreviate(span(text, p.content())))
                        .append("\t").append(context(text, g.cue())).append('\n');
            }
        }
        for (int i = 0; i < goldCues.size(); i++) {
            if (!goldMatched.contains(i)) {
                GoldAttribution g = goldCues.get(i);
                out.append(gold.id()).append("\tMISSED\t").append(span(text, g.cue()))
                        .append("\tsource=").append(g.source() == null ? "-" : span(text, g.source()))
                        .append("\tcontent=").append(g.content() == null ? "-" : abbreviate(span(text, g.content())))
                        .append("\t").append(context(text, g.cue()))
                        .append("\twhy=").append(why.of(g.cue().start(), g.cue().end())).append('\n');
            }
        }
        for (int j = 0; j < predicted.size(); j++) {
            PolnearScorer.Predicted p = predicted.get(j);
            out.append(gold.id()).append(predictedMatched.contains(j) ? "\tMATCHED\t" : "\tSPURIOUS\t")
                    .append(span(text, p.cue()))
                    .append("\tsource=").append(p.source() == null ? "-" : span(text, p.source()))
                    .append("\tcontent=").append(abbreviate(span(text, p.content())))
                    .append("\t").append(context(text, p.cue()))
                    .append("\trule=").append(p.first().rule())
                    .append("\ttype=").append(p.first().source() == null ? "-" : p.first().source().type())
                    .append("\tkind=").append(p.first().kind()).append('\n');
        }
        return out.toString();
    }

    /** How a matched cue's source or content differs from the gold one: null when they overlap. */
    private static String disagreement(Region gold, Region predicted) {
        if (gold == null) {
            return predicted == null ? null : "EXTRA";
        }
        if (predicted == null) {
            return "MISSING";
        }
        return gold.overlap(predicted) > 0 ? null : "WRONG";
    }

    private static String span(String text, Region region) {
        StringBuilder s = new StringBuilder();
        for (Region.Fragment f : region.fragments()) {
            if (!s.isEmpty()) {
                s.append(" … ");
            }
            s.append(text, Math.min(f.start(), text.length()), Math.min(f.end(), text.length()));
        }
        return flat(s.toString());
    }

    private static String context(String text, Region around) {
        int start = Math.max(0, around.start() - CONTEXT);
        int end = Math.min(text.length(), around.end() + CONTEXT);
        return flat(text.substring(start, around.start()) + "[[" + text.substring(around.start(),
                Math.min(around.end(), text.length())) + "]]" + text.substring(Math.min(around.end(), end), end));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String flat(String s) {
        return Objects.requireNonNull(s).replaceAll("\\s+", " ");
    }
}
