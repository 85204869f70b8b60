package org.partnershiprecord.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.common.RuleCode;

/** docs/rules.md lists every rule code the record enforces, and no code that does not exist. */
class DomainRulesDocumentedTest {

    @Test
    void everyRuleCodeIsDocumentedOnce() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "rules.md"));
        Matcher rows = Pattern.compile("(?m)^\\| `([A-Z_0-9]+)` \\|").matcher(doc);
        List<String> documented = new java.util.ArrayList<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        List<String> codes = Arrays.stream(RuleCode.values()).map(Enum::name).toList();
        assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codes);
    }
}
