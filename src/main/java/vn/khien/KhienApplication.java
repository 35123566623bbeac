package vn.khien;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "Khiên", sharedModules = "shared")
public class KhienApplication {

    public static void main(String[] args) {
        SpringApplication.run(KhienApplication.class, args);
    }
}
