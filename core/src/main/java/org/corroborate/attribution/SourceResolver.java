package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceType;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Turns a source mention into a canonical, typed source. Resolves pronouns ("she" to the last person named),
 * surnames ("Vos" to "Karel Vos"), and definite descriptions ("the company" to the last organisation named);
 * splits names from roles ("spokesperson for the ICRC in Syria, Ingy Sedky").
 * One resolver serves one article, in text order: it remembers what the article has named so far.
 */
final class SourceResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "me");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "we", "us");
    private static final Set<String> THING_PRONOUNS = Set.of("it");
    /** Titles that say nothing of a speaker's role ("Mr. Brede"). */
    private static final Set<String> COURTESY_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.");
    /** Nouns general enough that "the company" may mean whichever organisation was named last. */
    private static final Set<String> GENERIC_BODIES = Set.of("company", "firm", "group", "organization",
            "organisation", "corporation", "business");
    private static final Set<String> EXAMPLE_MARKERS = Set.of("including", "like");
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or");
    private static final Set<String> ANONYMITY_WORDS = Set.of("unnamed", "anonymous", "unidentified");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "this", "that", "one",
            "its", "his", "her", "their", "our");

    private final AnnotatedText at;
    private final SourceTyper typer;
    /** Everything named so far, in text order, with where it was mentioned. */
    private final List<Known> known = new ArrayList<>();
    /** The latest entry of {@link #known} by lower-cased name, and of persons by surname: long articles name
     *  thousands of sources, and scanning the list for each would make an analysis quadratic. */
    private final java.util.Map<String, Known> latestByName = new java.util.HashMap<>();
    private final java.util.Map<String, Known> latestPersonBySurname = new java.util.HashMap<>();

    /** @param speaker whether it was named as the source of a statement, not just mentioned */
    private record Known(String name, SourceType type, String description, int offset, boolean speaker) {
    }

    /** How far back (characters) "he" or "she" looks for the last speaker before settling for any person. */
    private static final int SPEAKER_REACH = 400;
    /** How far ahead (characters) "the harbour authority" looks for the name it stands for. */
    private static final int NAME_AHEAD_REACH = 1500;

    SourceResolver(AnnotatedText at, SourceTyper typer) {
        this.at = at;
        this.typer = typer;
    }

    /** Entities the tagger found before {@code offset}, so that pronouns can reach people who never spoke. */
    private void rememberEntitiesBefore(int offset) {
        int lastOffset = known.isEmpty() ? -1 : known.get(known.size() - 1).offset;
        List<Token> tokens = at.tokens();
        for (int i = at.tokenAtOrAfter(lastOffset + 1); i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            Token t = tokens.get(i);
            if (!(t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))
                    || i > 0 && tokens.get(i - 1).ner().equals(t.ner()) && tokens.get(i - 1).end() > lastOffset) {
                continue;
            }
            int j = entityEnd(tokens, i);
            String name = at.text().substring(t.start(), tokens.get(j).end());
            SourceType type = t.ner().equals("PERSON") ? SourceType.PERSON
                    : typer.isOutlet(name) ? SourceType.MEDIA : SourceType.ORGANIZATION;
            String title = type == SourceType.PERSON ? titleBefore(i) : "";
            remember(canonical(name, type), type, title, t.start(), false);
        }
    }

    /** Capitalised words right before a name that the tagger left out of it: "Interior Minister" Karel Vos. */
    private String titleBefore(int nameToken) {
        int k = nameToken;
        while (k > 0 && at.token(k - 1).isProperNoun() && at.token(k - 1).ner().equals("O")
                && at.token(k - 1).sentence() == at.token(nameToken).sentence()) {
            k--;
        }
        return k == nameToken ? ""
                : withoutCourtesyTitle(at.text().substring(at.token(k).start(), at.token(nameToken - 1).end()));
    }

    /** "Mr. Brede": a courtesy title says nothing of the speaker's role ("Dr." and "Sen." do, and stay). */
    private static String withoutCourtesyTitle(String wordsBeforeName) {
        String words = wordsBeforeName.strip();
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1).toLowerCase(Locale.ROOT);
        return COURTESY_TITLES.contains(last) ? words.substring(0, Math.max(space, 0)).strip() : words;
    }

    SourceMention resolve(int start, int end, int headToken) {
        rememberEntitiesBefore(start);
        String text = at.text().substring(start, end);
        List<Token> tokens = at.tokensIn(start, end);
        if (tokens.isEmpty()) {
            return new SourceMention(text, start, end, text, SourceType.UNKNOWN, "");
        }
        Token head = headToken >= 0 ? at.token(headToken) : tokens.get(tokens.size() - 1);
        String lowerText = text.toLowerCase(Locale.ROOT);
        if (tokens.size() == 1 && (head.isPronoun() || PERSON_PRONOUNS.contains(lowerText)
                || GROUP_PRONOUNS.contains(lowerText))) {
            return pronoun(text, start, end, lowerText);
        }
        int[] nameRun = nameRun(tokens, head);
        if (nameRun != null) {
            return named(text, start, end, tokens, nameRun, head);
        }
        return unnamed(text, start, end, tokens, head);
    }

    private SourceMention pronoun(String text, int start, int end, String lower) {
        Known target = null;
        if (PERSON_PRONOUNS.contains(lower)) {
            // The last speaker, if recent, beats a person merely mentioned ("X, a man from Y, said ... He said").
            target = latestSpeaker(start, Set.of(SourceType.PERSON, SourceType.ANONYMOUS));
            if (target == null || start - target.offset > SPEAKER_REACH) {
                target = latest(start, Set.of(SourceType.PERSON, SourceType.ANONYMOUS));
            }
        } else if (GROUP_PRONOUNS.contains(lower)) {
            // "they" is far more often the locals or witnesses just mentioned than an organisation.
            target = latest(start, Set.of(SourceType.COLLECTIVE));
            if (target == null) {
                target = latest(start, Set.of(SourceType.ORGANIZATION, SourceType.MEDIA));
            }
        } else if (THING_PRONOUNS.contains(lower)) {
            target = latest(start, Set.of(SourceType.ORGANIZATION, SourceType.MEDIA, SourceType.DOCUMENT));
        }
        if (target == null) {
            return new SourceMention(text, start, end, text, SourceType.UNKNOWN, "");
        }
        return new SourceMention(text, start, end, target.name, target.type, target.description);
    }

    private SourceMention named(String text, int start, int end, List<Token> tokens, int[] run, Token head) {
        Token first = tokens.get(run[0]);
        Token last = tokens.get(run[1]);
        String name = at.text().substring(first.start(), last.end());
        String tag = first.ner();
        SourceType type = typer.namedType(name, tag, head);
        if (type == SourceType.UNKNOWN && first.isProperNoun() && run[1] > run[0]) {
            type = SourceType.PERSON; // two or more capitalised words the tagger missed: most often a name
        }
        if (type == SourceType.UNKNOWN && run[1] == run[0]) {
            Known byName = byName(name);
            if (byName != null) {
                type = byName.type;
            }
        }
        if (run[0] == run[1]) {
            Known person = personBySurname(name);
            if (person != null) {
                type = SourceType.PERSON; // the tagger calls a lone surname many things
            }
        }
        String canonical = canonical(name, type);
        String description = description(text, start, first.start(), last.end());
        Known previous = byName(canonical);
        if (previous != null) {
            canonical = previous.name;
            if (type == SourceType.UNKNOWN) {
                type = previous.type;
            }
            // a lone name seen as a person's keeps that type when the tagger later calls it an organisation
            if (run[0] == run[1] && type == SourceType.ORGANIZATION && seenAsPerson(canonical, start)) {
                type = SourceType.PERSON;
            }
            if (description.isEmpty()) {
                description = previous.description;
            }
        }
        remember(canonical, type, description, start, true);
        return new SourceMention(text, start, end, canonical, type, description);
    }

    private SourceMention unnamed(String text, int start, int end, List<Token> tokens, Token head) {
        String after = at.text().substring(end, Math.min(at.text().length(), end + 60));
        SourceType type = typer.unnamedType(head, text + " " + after);
        boolean definite = tokens.get(0).lemma().equalsIgnoreCase("the") || tokens.get(0).lemma().equalsIgnoreCase("this");
        if (definite && type == SourceType.ORGANIZATION) {
            // "the company", "the ministry": the last organisation whose name has that noun, else the last one.
            Known target = latestContaining(start, head.word());
            if (target == null && GENERIC_BODIES.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                target = latest(start, Set.of(SourceType.ORGANIZATION));
            }
            if (target != null) {
                return new SourceMention(text, start, end, target.name, target.type, target.description);
            }
            String later = organisationNamedLater(end, tokens);
            if (later != null) {
                return new SourceMention(text, start, end, later, SourceType.ORGANIZATION, "");
            }
        }
        String name = stripQuotes(withoutExamples(text, start, tokens));
        String description = stripDeterminer(name);
        String firstWord = description.contains(" ") ? description.substring(0, description.indexOf(' ')) : "";
        if (ANONYMITY_WORDS.contains(firstWord.toLowerCase(Locale.ROOT))) {
            description = description.substring(firstWord.length() + 1); // the role, without "unnamed"
        }
        boolean people = typer.nounType(head.lemma().toLowerCase(Locale.ROOT)) != SourceType.DOCUMENT;
        if ((type == SourceType.ANONYMOUS || type == SourceType.COLLECTIVE) && people) {
            remember(name, type, description, start, true);
        }
        return new SourceMention(text, start, end, name, type, description.equals(name) ? "" : description);
    }

    /** The proper-name tokens of a mention: the longest run of PERSON/ORG tags, else of proper nouns. */
    private int[] nameRun(List<Token> tokens, Token head) {
        int[] best = null;
        for (String tag : List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")) {
            best = tag.equals("PERSON") ? personRun(tokens, head) : longestRun(tokens, t -> t.ner().equals(tag));
            // Only a person's name may sit beside the head ("spokesperson ..., Ingy Sedky"); other names must
            // be the head itself, or "Locals in Aleppo" would be named "Aleppo".
            if (best != null && !tag.equals("PERSON") && !runHolds(tokens, best, head)) {
                best = null;
            }
            if (best != null) {
                break;
            }
        }
        if (best == null) {
            best = longestRun(tokens, t -> t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)));
            if (best != null && !runHolds(tokens, best, head)) {
                best = null;
            }
        }
        if (best == null) {
            return null;
        }
        // Skip a possessive owner ("RT's Lizzie Phelan"): the name is what follows it.
        int possessive = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).pos().equals("POS")) {
                possessive = i;
            }
        }
        if (!tokens.get(best[0]).ner().equals("PERSON")) {
            best = widenOverCapitalised(tokens, best);
        }
        // (only the name's own possessive: in "Holm, the ministry's spokeswoman" the owner is the ministry)
        if (possessive == best[1] + 1 && possessive + 1 < tokens.size()) {
            int[] after = longestRun(tokens.subList(possessive + 1, tokens.size()),
                    t -> t.isProperNoun() || t.ner().equals("PERSON"));
            if (after != null) {
                return new int[]{after[0] + possessive + 1, after[1] + possessive + 1};
            }
            return null; // "RT's reporter": the owner is not the speaker
        }
        return best;
    }

    /** "the Russian Reconciliation Center": the tagger often leaves a capitalised adjective outside the name. */
    private static int[] widenOverCapitalised(List<Token> tokens, int[] run) {
        int first = run[0];
        int last = run[1];
        while (first > 0 && isCapitalisedNameWord(tokens.get(first - 1))) {
            first--;
        }
        while (last + 1 < tokens.size() && isCapitalisedNameWord(tokens.get(last + 1))) {
            last++;
        }
        return new int[]{first, last};
    }

    private static boolean isCapitalisedNameWord(Token t) {
        return (t.isProperNoun() || t.pos().equals("JJ")) && Character.isUpperCase(t.word().charAt(0))
                && !t.ner().equals("PERSON");
    }

    /** The person's name that is the head or its apposition, else the first one ("X, a man from Y"). */
    private static int[] personRun(List<Token> tokens, Token head) {
        int[] first = null;
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).ner().equals("PERSON")) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON")) {
                j++;
            }
            int[] run = {i, j};
            if (runHolds(tokens, run, head) && head.isNoun()) {
                return run;
            }
            if (first == null && !namesAnExample(tokens, i)) {
                first = run;
            }
            i = j + 1;
        }
        return first;
    }

    /** "many engineers, including Mr. Brede" (or "like", "such as"): a name given as one member of the group does not name it. */
    private static boolean namesAnExample(List<Token> tokens, int nameStart) {
        int k = nameStart - 1;
        // back over the names listed before it: "such as Senator Holm and Senator Berg"
        while (k >= 0 && (HONORIFICS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || tokens.get(k).isProperNoun() || LIST_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        return k >= 0 && isExampleMarker(tokens, k);
    }

    /** "including", "like", or the "as" of "such as": what follows lists members of the group before it. */
    private static boolean isExampleMarker(List<Token> tokens, int k) {
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return EXAMPLE_MARKERS.contains(word) || word.equals("as") && k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("such");
    }

    /** "Several supporters of the bill, such as Senator Holm and ...": the group's mention, without its examples. */
    private static String withoutExamples(String text, int start, List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (isExampleMarker(tokens, k)) {
                int first = tokens.get(k).word().equalsIgnoreCase("as") ? k - 1 : k; // "such as"
                String group = text.substring(0, tokens.get(first).start() - start).replaceAll("[\\s,]+$", "");
                return group.isEmpty() ? text : group;
            }
        }
        return text;
    }

    private static boolean runHolds(List<Token> tokens, int[] run, Token head) {
        for (int i = run[0]; i <= run[1]; i++) {
            Token t = tokens.get(i);
            boolean apposition = t.relation().equals("appos") && t.head() == head.index()
                    || head.relation().equals("appos") && head.head() == t.index();
            if (t.index() == head.index() || apposition) {
                return true;
            }
        }
        return !head.isNoun();
    }

    private static int[] longestRun(List<Token> tokens, java.util.function.Predicate<Token> in) {
        int[] best = null;
        int i = 0;
        while (i < tokens.size()) {
            if (!in.test(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && in.test(tokens.get(j + 1))) {
                j++;
            }
            if (best == null || j - i > best[1] - best[0]) {
                best = new int[]{i, j};
            }
            i = j + 1;
        }
        return best;
    }

    /** A surname or a shortened name resolves to the full name seen earlier ("Vos" to "Karel Vos"). */
    private String canonical(String name, SourceType type) {
        String clean = stripHonorific(stripQuotes(name)).strip();
        if (clean.toLowerCase(Locale.ROOT).startsWith("the ") && type != SourceType.MEDIA) {
            clean = clean.substring(4);
        }
        Known exact = latestByName.get(clean.toLowerCase(Locale.ROOT));
        Known bySurname = type == SourceType.PERSON && !clean.contains(" ") ? latestPersonBySurname.get(clean) : null;
        if (exact != null && (bySurname == null || exact.offset >= bySurname.offset)) {
            return exact.name;
        }
        if (bySurname != null) {
            return bySurname.name;
        }
        return clean;
    }

    /** The words of a mention outside its name: role and affiliation ("spokesperson for the ICRC in Syria"). */
    private String description(String text, int start, int nameStart, int nameEnd) {
        String before = at.text().substring(start, nameStart);
        // Drop an acronym in brackets right after the name ("Conflict Armament Research (CAR)"): it repeats it.
        // A party and state ("Lindsey Graham (R-S.C.)") is an affiliation, and stays.
        String after = at.text().substring(nameEnd, start + text.length())
                .replaceFirst("^\\s*\\((?![A-Z]-)[A-Z0-9&.\\-]{2,12}\\)", "");
        if (before.endsWith("'s ") || before.endsWith("’s ")) {
            before = before.substring(0, before.length() - 3);
        }
        String joined = (withoutCourtesyTitle(cleanEdge(before)) + " " + cleanEdge(after)).strip();
        // "Ines Varga, 67" and "Brede, 54, a former fisherman": an age, not a role
        joined = stripDeterminer(joined.replaceFirst("^\\d{1,3},\\s*", "").replaceFirst(",\\s*\\d{1,3}$", ""));
        boolean age = joined.matches("\\d{1,3}");
        return age || DETERMINERS.contains(joined.toLowerCase(Locale.ROOT)) ? "" : joined;
    }

    private static String cleanEdge(String s) {
        return s.replaceAll("^[\\s,;:'\"‘’“”()\\-–—]+|[\\s,;:'\"‘’“”()\\-–—]+$", "");
    }

    private static String stripDeterminer(String s) {
        String t = s.strip();
        int space = t.indexOf(' ');
        if (space > 0 && DETERMINERS.contains(t.substring(0, space).toLowerCase(Locale.ROOT))) {
            return t.substring(space + 1);
        }
        return t;
    }

    private static String stripHonorific(String s) {
        int space = s.indexOf(' ');
        if (space > 0 && HONORIFICS.contains(s.substring(0, space).toLowerCase(Locale.ROOT))) {
            return s.substring(space + 1);
        }
        return s;
    }

    static String stripQuotes(String s) {
        // an apostrophe between letters stays ("the ministry’s spokeswoman", "O'Neill")
        return s.replaceAll("[\"“”‘«»]|(?<![A-Za-z])['’]|['’](?![A-Za-z])", "").replaceAll("[.,]$", "").strip();
    }

    private void remember(String name, SourceType type, String description, int offset, boolean speaker) {
        Known previous = byName(name);
        String desc = description.isEmpty() && previous != null ? previous.description : description;
        Known entry = new Known(name, type, desc, offset, speaker);
        known.add(entry);
        latestByName.put(name.toLowerCase(Locale.ROOT), entry);
        int space = name.lastIndexOf(' ');
        if (type == SourceType.PERSON && space > 0) {
            latestPersonBySurname.put(name.substring(space + 1), entry);
        }
    }

    private Known latestSpeaker(int before, Set<SourceType> types) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.speaker && k.offset < before && types.contains(k.type)) {
                return k;
            }
        }
        return null;
    }

    private Known personBySurname(String surname) {
        return latestPersonBySurname.get(surname);
    }

    private boolean seenAsPerson(String name, int before) {
        for (Known k : known) {
            if (k.offset < before && k.type == SourceType.PERSON && k.name.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private Known byName(String name) {
        return latestByName.get(name.toLowerCase(Locale.ROOT));
    }

    private Known latest(int before, Set<SourceType> types) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.offset < before && types.contains(k.type)) {
                return k;
            }
        }
        return null;
    }

    /**
     * "The harbour authority denied ..." before the article names the Port Calder Harbour Authority: the first
     * organisation named in the next {@link #NAME_AHEAD_REACH} characters whose name holds every content word of
     * the description, or null. (A bounded look: a long text full of "the company" must stay linear.)
     */
    private String organisationNamedLater(int after, List<Token> description) {
        List<String> words = new ArrayList<>();
        for (Token t : description) {
            if (t.isNoun() || t.pos().startsWith("JJ")) {
                words.add(t.word().toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        List<Token> tokens = at.tokens();
        int limit = after + NAME_AHEAD_REACH;
        for (int i = at.tokenAtOrAfter(after); i < tokens.size() && tokens.get(i).start() < limit; i++) {
            if (!tokens.get(i).ner().equals("ORGANIZATION")) {
                continue;
            }
            int j = entityEnd(tokens, i);
            String name = at.text().substring(tokens.get(i).start(), tokens.get(j).end());
            String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
            if (words.stream().allMatch(w -> lower.contains(" " + w + " "))) {
                return canonical(name, SourceType.ORGANIZATION);
            }
            i = j;
        }
        return null;
    }

    /** The last token of the entity that starts at token i: the run of tokens with its entity tag. */
    private static int entityEnd(List<Token> tokens, int i) {
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tokens.get(i).ner())) {
            j++;
        }
        return j;
    }

    private Known latestContaining(int before, String word) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.offset < before && k.type == SourceType.ORGANIZATION
                    && k.name.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
