package vn.khien.shared.backup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.Arrays;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@code java -jar khien.jar backup --to FILE} and {@code restore --from FILE}: the same configuration as
 * the application (data directory, embedded or external PostgreSQL) without starting it, so no job
 * or web request runs beside a restore. Exit status 0 done, 2 refused, 1 failed, 64 wrong usage.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String[] args) {
        boolean backup = args[0].equals("backup");
        int at = Arrays.asList(args).indexOf(backup ? "--to" : "--from");
        if (at < 0 || at + 1 >= args.length) {
            System.err.println("usage: khien backup --to FILE | khien restore --from FILE [--khien.data-dir=DIR]");
            return 64;
        }
        Path file = Path.of(args[at + 1]).toAbsolutePath();
        try (var context = new SpringApplicationBuilder(NothingStarts.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            Environment environment = context.getEnvironment();
            DataSource database = new SimpleDriverDataSource(
                    new org.postgresql.Driver(),
                    environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            Path files = Path.of(environment.getProperty("khien.data-dir", "./data"))
                    .toAbsolutePath()
                    .resolve("files");
            if (backup) {
                backUp(database, files, file);
            } else {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    var result = DatabaseRestore.restore(zip, database, files);
                    System.out.printf(
                            "Restored %d rows (schema %s, brought up to this Khiên's) and %d files from %s%n",
                            result.rows(), result.schemaVersion(), result.files(), file);
                    if (!result.skipped().isEmpty()) {
                        System.out.println("Not restored (recreated empty by Khiên): " + result.skipped());
                    }
                }
            }
            return 0;
        } catch (DatabaseRestore.RestoreRefused e) {
            System.err.println("Refused: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println((backup ? "Backup" : "Restore") + " failed: " + e);
            return 1;
        }
    }

    /** Written beside the target and moved into place, so a failed backup never leaves a partial file. */
    private static void backUp(DataSource database, Path files, Path file) throws Exception {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        BackupManifest manifest;
        try (Connection connection = database.getConnection();
                OutputStream out = Files.newOutputStream(partial)) {
            manifest = DatabaseBackup.write(connection, files, out, version());
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long rows =
                manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
        System.out.printf(
                "Backed up %d tables (%d rows, schema %s) and %d files to %s%n",
                manifest.tables().size(),
                rows,
                manifest.schemaVersion(),
                manifest.files().size(),
                file);
    }

    private static String version() {
        String version = BackupCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The configuration only: the database chosen by the environment post-processors, no bean of Khiên. */
    @Configuration(proxyBeanMethods = false)
    static class NothingStarts {}
}
