package vn.khien;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.khien.shared.backup.BackupCommand;

@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "Khiên", sharedModules = "shared")
public class KhienApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(KhienApplication.class, args);
    }
}
