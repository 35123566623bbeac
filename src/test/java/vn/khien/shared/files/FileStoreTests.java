package vn.khien.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.khien.shared.InvalidInputException;

class FileStoreTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Set<AllowedType> DOCUMENTS = Set.of(AllowedType.PDF, AllowedType.DOCX);

    @TempDir
    Path dataDir;

    private FileStore store() {
        return new FileStore(dataDir, DataSize.ofMegabytes(20));
    }

    @Test
    void storesByContentHashInShardedDirectoriesAndKeepsOneCopy() throws Exception {
        FileStore store = store();
        StoredFile first = store.store(new ByteArrayInputStream(PDF), "Quyết định.pdf", DOCUMENTS, 1024);
        StoredFile second = store.store(new ByteArrayInputStream(PDF), "copy.PDF", DOCUMENTS, 1024);

        assertThat(first.sha256()).isEqualTo(second.sha256()).matches("[0-9a-f]{64}");
        assertThat(first.sizeBytes()).isEqualTo(PDF.length);
        assertThat(first.mediaType()).isEqualTo("application/pdf");
        assertThat(first.filename()).isEqualTo("Quyết định.pdf");
        Path stored = dataDir.resolve("files")
                .resolve(first.sha256().substring(0, 2))
                .resolve(first.sha256().substring(2, 4))
                .resolve(first.sha256());
        assertThat(stored).hasBinaryContent(PDF);
        try (Stream<Path> files = Files.walk(dataDir.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1); // no temporary file left behind
        }
        assertThat(store.exists(first.sha256())).isTrue();
        try (InputStream in = store.open(first.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void refusesAnOversizeUploadWhileStreamingWhateverItsDeclaredLength() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                return ++served > 10_000_000 ? -1 : 'A';
            }
        };
        assertThatThrownBy(() -> store().store(endless, "big.pdf", DOCUMENTS, 4096))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.messageKey()).isEqualTo("files.problem.too-large");
                        }));
        assertThat(dataDir.resolve("files")).isEmptyDirectory();
    }

    @Test
    void refusesContentOfAnotherTypeThanAllowed() {
        assertRefused(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0},
                "a.pdf",
                "files.problem.wrong-type");
        assertRefused("just text".getBytes(StandardCharsets.UTF_8), "a.pdf", "files.problem.wrong-type");
        assertRefused(zip("xl/workbook.xml"), "a.docx", "files.problem.wrong-type");
        assertRefused(new byte[0], "a.pdf", "files.problem.empty");
    }

    @Test
    void refusesAnExtensionThatDisagreesWithTheContent() {
        assertRefused(PDF, "bao-cao.docx", "files.problem.extension-mismatch");
        assertRefused(PDF, "bao-cao", "files.problem.extension-mismatch");
    }

    @Test
    void recognisesOfficePackagesByTheirParts() {
        FileStore store = store();
        assertThat(store.store(new ByteArrayInputStream(zip("word/document.xml")), "a.docx", DOCUMENTS, 1 << 20)
                        .mediaType())
                .isEqualTo(AllowedType.DOCX.mediaType());
        assertThat(store.store(
                                new ByteArrayInputStream(zip("xl/workbook.xml")),
                                "a.xlsx",
                                Set.of(AllowedType.XLSX),
                                1 << 20)
                        .mediaType())
                .isEqualTo(AllowedType.XLSX.mediaType());
    }

    @Test
    void refusesHashesThatCouldLeaveTheStore() {
        FileStore store = store();
        for (String bad : new String[] {"../../etc/passwd", "ab/../../x", "", "A".repeat(64), "0".repeat(63), null}) {
            assertThatThrownBy(() -> store.open(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.exists(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void keepsOnlyTheLastSegmentOfADeclaredName() {
        assertThat(FileStore.safeName("C:\\Users\\x\\..\\báo cáo.pdf")).isEqualTo("báo cáo.pdf");
        assertThat(FileStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileStore.safeName("a\u0000b.pdf")).isEqualTo("ab.pdf");
    }

    private void assertRefused(byte[] content, String name, String messageKey) {
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(content), name, DOCUMENTS, 1 << 20))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(messageKey));
    }

    private static byte[] zip(String part) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
