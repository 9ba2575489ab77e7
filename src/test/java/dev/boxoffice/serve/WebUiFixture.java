package dev.boxoffice.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the browser tests share: one real headless Chromium and one {@link UiStack} per test class (both are
 * slow to start), a 1200x900 window and no console messages left over from the previous test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebUiFixture {
    UiStack ui;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        browser = Browser.open();
        ui = UiStack.start(dir);
    }

    @AfterAll
    void stop() {
        if (ui != null) ui.app.stop();
        if (browser != null) browser.close();
    }

    @BeforeEach
    void forget_earlier_console_messages() {
        browser.size(1200, 900);
        browser.consoleErrors();
    }

    /** Loads {@code page} (a path on the server) in the browser. */
    void open(String page) {
        browser.driver.get(ui.http.base() + page);
    }
}
