package org.vidnova.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A page's weight and paint times in headless Chromium on an emulated slow 3G link, with the browser cache off:
 * bytes transferred (the page and everything it loaded until the load event and 3 s after it), first contentful
 * paint and largest contentful paint. Run by scripts/bench-page-budget.sh; the budget is 300 KB and 1 s.
 *
 * <pre>java -cp … org.vidnova.bench.PageBudget BASE_URL PATH RUNS</pre>
 */
public final class PageBudget {

    /** Chrome DevTools' "Slow 3G" preset: 400 ms latency, 400 kbit/s down, 400 kbit/s up. */
    static final Map<String, Object> SLOW_3G = Map.of("offline", false, "latency", 400,
            "downloadThroughput", 400 * 1000 / 8, "uploadThroughput", 400 * 1000 / 8);

    private PageBudget() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args.length > 1 ? args[1] : "/";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=390,844", "--user-data-dir=" + Files.createTempDirectory("vidnova-budget"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        List<Double> bytes = new ArrayList<>();
        List<Double> fcp = new ArrayList<>();
        List<Double> lcp = new ArrayList<>();
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Network.emulateNetworkConditions", SLOW_3G);
            // Observe the largest contentful paint from the start of every document.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    window.__lcp = 0;
                    new PerformanceObserver(l => l.getEntries().forEach(e => window.__lcp = e.startTime))
                        .observe({type: 'largest-contentful-paint', buffered: true});"""));
            for (int i = 0; i < runs; i++) {
                driver.get("about:blank");
                driver.get(base + path);
                Thread.sleep(3000);
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        const res = performance.getEntriesByType('resource');
                        const paint = performance.getEntriesByType('paint')
                            .find(p => p.name === 'first-contentful-paint');
                        return {bytes: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),
                                fcp: paint ? paint.startTime : -1, lcp: window.__lcp,
                                resources: res.length};""");
                bytes.add(((Number) m.get("bytes")).doubleValue());
                fcp.add(((Number) m.get("fcp")).doubleValue());
                lcp.add(((Number) m.get("lcp")).doubleValue());
                System.out.printf("run %d: %.1f KB in %s resources, FCP %.0f ms, LCP %.0f ms%n", i + 1,
                        bytes.get(i) / 1024, m.get("resources"), fcp.get(i), lcp.get(i));
            }
        } finally {
            driver.quit();
        }
        System.out.printf("%s on slow 3G, %d runs, medians: %.1f KB transferred, FCP %.0f ms, LCP %.0f ms%n", path,
                runs, median(bytes) / 1024, median(fcp), median(lcp));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
