package vn.khien.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in a fresh headless chromium against the application started on a random port. */
abstract class BrowserJourney {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
