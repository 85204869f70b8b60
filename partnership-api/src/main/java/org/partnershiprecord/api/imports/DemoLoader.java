package org.partnershiprecord.api.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;

import org.partnershiprecord.api.security.InternalAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo: with {@code partnership.demo.enabled=true}, the council papers bundled as datasets
 * ({@code examples/*.jsonl}) are imported at start through the same importer and the public command
 * path, as the internal account {@code demo-loader}. Importing again at the next start records nothing.
 */
@Component
@ConditionalOnProperty(name = "partnership.demo.enabled", havingValue = "true")
class DemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final DatasetImporter importer;
    private final InternalAccount account;

    DemoLoader(DatasetImporter importer, InternalAccount account) {
        this.importer = importer;
        this.account = account;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadDatasets() throws IOException {
        Resource[] datasets = new PathMatchingResourcePatternResolver().getResources("classpath*:examples/*.jsonl");
        Arrays.sort(datasets, Comparator.comparing(Resource::getFilename));
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        for (Resource dataset : datasets) {
            try (InputStreamReader reader = new InputStreamReader(dataset.getInputStream(), StandardCharsets.UTF_8)) {
                DatasetImporter.Summary summary = importer.run(reader, dataset.getFilename(), authorization,
                        account.username(), true, result -> {
                            if (!result.outcome().equals("RECORDED") && !result.outcome().equals("ALREADY_IMPORTED")) {
                                LOG.warn("Demo dataset {} line {}: {}", dataset.getFilename(), result.line(), result.problem());
                            }
                        });
                LOG.info("Demo dataset {}: {}", dataset.getFilename(), summary);
            }
        }
    }
}
