package org.corroborate.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleMeta;
import org.corroborate.web.extract.ArticleExtractor;
import org.corroborate.web.fetch.FetchException;
import org.corroborate.web.fetch.FetchPolicy;
import org.corroborate.web.fetch.FetchedPage;
import org.corroborate.web.fetch.HtmlDecoder;
import org.corroborate.web.fetch.PageFetcher;

/**
 * Reads one input into an {@link Article}: a file path, "-" for standard input, or an http(s) URL. A web page (a
 * URL, a file ending in .html or .htm, or input that looks like HTML) has its article body and metadata
 * extracted ({@link ArticleExtractor}); anything else is plain text.
 *
 * <p>URLs are fetched by a {@link PageFetcher}, which refuses private and loopback addresses unless its policy
 * allows them (docs/web.md). A page's bytes are decoded by {@link HtmlDecoder} (BOM, header, meta charset,
 * UTF-8, windows-1252).
 *
 * <p>The text is decoded as UTF-8 (a BOM is dropped); bytes that are not valid UTF-8 are read as windows-1252
 * with a warning rather than refused, because old news archives are full of such files. Line ends are
 * normalised to LF, so every offset in an analysis refers to the normalised text, which is the text the JSON
 * output carries. Files with a UTF-16 BOM are decoded as UTF-16 (the mark is found by {@link HtmlDecoder.Bom}).
 *
 * <p>Refused with an {@link InputException}: a missing file, a directory, an unreadable file, a binary file and
 * anything larger than the size limit. An empty file is a valid, empty article.
 */
public final class ArticleReader {
    /** The input name that means standard input. */
    public static final String STDIN = "-";
    /** The id given to an article read from standard input. */
    public static final String STDIN_ID = "stdin";
    /** The size limit for one article, the same whether it comes from a file, standard input or a URL. */
    public static final long DEFAULT_MAX_BYTES = FetchPolicy.DEFAULT_MAX_BYTES;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    // Share of control bytes above which a NUL-free file still counts as binary (text has almost none).
    private static final double MAX_CONTROL_SHARE = 0.3;

    private final long maxBytes;
    private final Supplier<InputStream> stdin;
    private final PageFetcher fetcher;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this(maxBytes, () -> System.in);
    }

    /** @param stdin where "-" reads from; tests pass their own stream */
    public ArticleReader(long maxBytes, Supplier<InputStream> stdin) {
        this(maxBytes, stdin, new PageFetcher(FetchPolicy.defaults()));
    }

    /** @param fetcher fetches URL inputs; its policy decides which addresses may be fetched */
    public ArticleReader(long maxBytes, Supplier<InputStream> stdin, PageFetcher fetcher) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.stdin = stdin;
        this.fetcher = fetcher;
    }

    /** Whether an input names a web address rather than a file. */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The id an input gets: the path as given, or "stdin" for "-". */
    public static String idOf(String input) {
        return STDIN.equals(input) ? STDIN_ID : input;
    }

    public ArticleInput read(String input) throws InputException {
        if (isUrl(input)) {
            return readUrl(input);
        }
        String id = idOf(input);
        byte[] bytes = STDIN.equals(input) ? readStdin() : readFile(input);
        if (isWebPage(input, bytes)) {
            return fromHtml(id, bytes, null, null);
        }
        List<String> warnings = new ArrayList<>();
        String text = normaliseLineEnds(decode(id, bytes, warnings));
        if (text.isEmpty()) {
            warnings.add("empty input");
        }
        return new ArticleInput(new Article(id, text), warnings);
    }

    private ArticleInput readUrl(String url) throws InputException {
        FetchedPage page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchException e) {
            throw new InputException(url, e.problem(), e);
        }
        String type = page.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            String text = normaliseLineEnds(HtmlDecoder.decode(page.body(), page.contentType()));
            ArticleMeta meta = new ArticleMeta(null, List.of(), null, null, page.finalUrl(), null);
            return new ArticleInput(new Article(url, text, meta), text.isEmpty() ? List.of("empty input") : List.of());
        }
        return fromHtml(url, page.body(), page.contentType(), page.finalUrl());
    }

    /** An .html/.htm file, or bytes that start like HTML whatever the name (stdin, a .txt saved from a browser). */
    private static boolean isWebPage(String input, byte[] bytes) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        return HtmlDecoder.looksLikeHtml(start);
    }

    private ArticleInput fromHtml(String id, byte[] bytes, String contentType, String pageUrl) throws InputException {
        if (looksBinary(ByteBuffer.wrap(bytes))) {
            throw new InputException(id, "binary file, not a web page");
        }
        ArticleExtractor.Extracted page = extractor.extract(HtmlDecoder.decode(bytes, contentType), pageUrl);
        String text = normaliseLineEnds(page.text());
        ArticleMeta meta = page.meta();
        if (meta.url() == null && pageUrl != null) {
            meta = new ArticleMeta(meta.title(), meta.authors(), meta.published(), meta.outlet(), pageUrl,
                    meta.language());
        }
        List<String> warnings = text.isBlank() ? List.of("no article text found in the page") : List.of();
        return new ArticleInput(new Article(id, text, meta), warnings);
    }

    private byte[] readStdin() throws InputException {
        try {
            return readLimited(STDIN_ID, stdin.get());
        } catch (IOException e) {
            throw new InputException(STDIN_ID, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] readFile(String input) throws InputException {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new InputException(input, "not a valid path: " + e.getReason(), e);
        }
        if (!Files.exists(path)) {
            throw new InputException(input, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(input, "is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(input, "permission denied");
        }
        try {
            // Fail fast on a large regular file; pipes report size 0 and are checked while reading.
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw tooLarge(input);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readLimited(input, in);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(input, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(input, "permission denied", e);
        } catch (IOException e) {
            throw new InputException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] readLimited(String name, InputStream in) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private InputException tooLarge(String name) {
        return new InputException(name, "too large: over " + megabytes(maxBytes) + " (the limit for one article)");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String decode(String name, byte[] bytes, List<String> warnings) throws InputException {
        Optional<HtmlDecoder.Bom> bom = HtmlDecoder.Bom.of(bytes);
        int offset = bom.map(HtmlDecoder.Bom::length).orElse(0);
        if (bom.isPresent() && !bom.get().charset().equals(StandardCharsets.UTF_8)) {
            String text;
            try {
                text = strictDecoder(bom.get().charset()).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new InputException(name, "has a UTF-16 byte order mark but is not valid UTF-16", e);
            }
            // NUL bytes are normal in UTF-16, so the test for binary content is made on the characters.
            if (looksBinary(text.length(), text::charAt)) {
                throw new InputException(name, "binary file, not text");
            }
            return text;
        }
        ByteBuffer content = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        if (looksBinary(content)) {
            throw new InputException(name, "binary file, not text");
        }
        ByteBuffer in = content.duplicate();
        CharBuffer utf8 = CharBuffer.allocate(content.remaining());
        if (!strictDecoder(StandardCharsets.UTF_8).decode(in, utf8, true).isError()) {
            return utf8.flip().toString();
        }
        int bad = in.position(); // the buffer wraps the whole array, so this is the offset in the input
        Decoded legacy = decodeLegacy(content);
        warnings.add(String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X at offset %d); read as %s",
                bytes[bad] & 0xFF, bad, legacy.charset()));
        return legacy.text();
    }

    private record Decoded(String text, String charset) {
    }

    // windows-1252 is what mislabelled "Latin-1" text almost always is; five of its bytes are unassigned,
    // and a file holding those is read as ISO-8859-1, which accepts every byte.
    private static Decoded decodeLegacy(ByteBuffer content) {
        try {
            return new Decoded(strictDecoder(WINDOWS_1252).decode(content.duplicate()).toString(), "windows-1252");
        } catch (CharacterCodingException e) {
            return new Decoded(StandardCharsets.ISO_8859_1.decode(content.duplicate()).toString(), "ISO-8859-1");
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A NUL byte, or a large share of control bytes other than tab, line ends and form feed. */
    static boolean looksBinary(ByteBuffer content) {
        int from = content.position();
        return looksBinary(content.remaining(), i -> content.get(from + i) & 0xFF);
    }

    /** The same test over {@code length} code units (bytes, or decoded characters), read by {@code unitAt}. */
    private static boolean looksBinary(int length, IntUnaryOperator unitAt) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int u = unitAt.applyAsInt(i);
            if (u == 0) {
                return true;
            }
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) {
                controls++;
            }
        }
        return length > 0 && controls > MAX_CONTROL_SHARE * length;
    }

    /** CRLF and lone CR become LF: offsets in an analysis refer to this normalised text. */
    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
