package org.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsPlainUtf8WithThePathAsId() throws Exception {
        String path = write("a.txt", "Rain, the forecaster said, is “likely”.");
        ArticleInput in = reader.read(path);
        assertEquals(path, in.article().id());
        assertEquals("Rain, the forecaster said, is “likely”.", in.article().text());
        assertTrue(in.warnings().isEmpty());
    }

    @Test
    void emptyFileIsAnEmptyArticleNotAnError() throws Exception {
        ArticleInput in = reader.read(write("empty.txt", new byte[0]));
        assertEquals("", in.article().text());
        assertEquals(1, in.warnings().size());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        String path = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        InputException e = assertThrows(InputException.class, () -> reader.read(path));
        assertEquals("binary file, not text", e.problem());
        assertEquals(path, e.input());
        assertTrue(e.getMessage().startsWith(path + ": "));
    }

    @Test
    void mostlyControlBytesWithoutNulIsBinaryToo() throws Exception {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        String path = write("blob.bin", bytes);
        assertEquals("binary file, not text", assertThrows(InputException.class, () -> reader.read(path)).problem());
    }

    @Test
    void nonUtf8BytesAreReadAsWindows1252WithAWarning() throws Exception {
        // "café “x”" in windows-1252: 0xE9 is é, 0x93/0x94 are curly double quotes.
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'x', (byte) 0x94};
        ArticleInput in = reader.read(write("latin.txt", bytes));
        assertEquals("café “x”", in.article().text());
        assertEquals(1, in.warnings().size());
        String warning = in.warnings().get(0);
        assertTrue(warning.contains("not valid UTF-8") && warning.contains("offset 3")
                && warning.contains("windows-1252"), warning);
    }

    @Test
    void bytesUnassignedInWindows1252FallBackToLatin1() throws Exception {
        ArticleInput in = reader.read(write("odd.txt", new byte[] {'a', (byte) 0x81, 'b'}));
        assertEquals("a\u0081b", in.article().text());
        assertTrue(in.warnings().get(0).contains("ISO-8859-1"));
    }

    @Test
    void fiveMegabyteTextIsRead() throws Exception {
        String paragraph = "The mayor said the bridge would reopen on Friday, officials confirmed.\n";
        String text = paragraph.repeat(5 * 1024 * 1024 / paragraph.length() + 1);
        ArticleInput in = reader.read(write("big.txt", text));
        assertEquals(text.length(), in.article().text().length());
    }

    @Test
    void overTheSizeLimitIsRefused() throws Exception {
        String path = write("big.txt", "x".repeat(2000));
        InputException e = assertThrows(InputException.class, () -> new ArticleReader(1000).read(path));
        assertTrue(e.problem().startsWith("too large"), e.problem());
    }

    @Test
    void missingFileIsNamed() {
        String path = dir.resolve("nowhere.txt").toString();
        InputException e = assertThrows(InputException.class, () -> reader.read(path));
        assertEquals("no such file", e.problem());
        assertEquals(path + ": no such file", e.getMessage());
    }

    @Test
    void directoryIsRefused() {
        InputException e = assertThrows(InputException.class, () -> reader.read(dir.toString()));
        assertEquals("is a directory, not a file", e.problem());
    }

    @Test
    void unreadableFileIsRefused() throws Exception {
        Path file = Path.of(write("secret.txt", "hidden"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads everything, so there is nothing to test there.
        if (Files.isReadable(file)) {
            return;
        }
        assertEquals("permission denied",
                assertThrows(InputException.class, () -> reader.read(file.toString())).problem());
    }

    @Test
    void utf8BomIsDropped() throws Exception {
        byte[] text = "Hello".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        ArticleInput in = reader.read(write("bom.txt", bytes));
        assertEquals("Hello", in.article().text());
        assertTrue(in.warnings().isEmpty());
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        ArticleInput in = reader.read(write("utf16.txt", "“Yes,” she said.".getBytes(StandardCharsets.UTF_16)));
        assertEquals("“Yes,” she said.", in.article().text());
    }

    @Test
    void binaryAfterAUtf16ByteOrderMarkIsStillBinary() throws Exception {
        // FF FE is the UTF-16LE mark; what follows decodes to NUL and other control characters.
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 0, 2, 0};
        String file = write("mark.bin", bytes);
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertEquals("binary file, not text", e.problem());
    }

    @Test
    void crlfAndCrBecomeLf() throws Exception {
        ArticleInput in = reader.read(write("dos.txt", "Title\r\n\r\nOne.\rTwo.\n"));
        assertEquals("Title\n\nOne.\nTwo.\n", in.article().text());
        assertFalse(in.article().text().contains("\r"));
    }

    @Test
    void dashReadsStandardInputAsStdin() throws Exception {
        ArticleReader fromStdin = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES,
                () -> new ByteArrayInputStream("piped\r\n".getBytes(StandardCharsets.UTF_8)));
        ArticleInput in = fromStdin.read("-");
        assertEquals("stdin", in.article().id());
        assertEquals("piped\n", in.article().text());
    }

    @Test
    void standardInputOverTheLimitIsRefused() {
        ArticleReader fromStdin = new ArticleReader(10, () -> new ByteArrayInputStream(new byte[11]));
        InputException e = assertThrows(InputException.class, () -> fromStdin.read("-"));
        assertEquals("stdin", e.input());
    }
}
