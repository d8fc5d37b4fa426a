package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DEVELOPING = Path.of("docs", "DEVELOPING.md");
    /** A row of the module table: {@code | `name` ... | owns | may use |}. */
    private static final Pattern MODULE_ROW = Pattern.compile("^\\| `(\\w+)`[^|]*\\|[^|]*\\|([^|]*)\\|$");

    private final ApplicationModules modules = ApplicationModules.of(AeghashApplication.class);

    /** No cycles, no use of another module's internals, no use of a module outside its allowedDependencies. */
    @Test
    void modulesHaveNoCyclesAndUseOnlyTheModulesTheyDeclare() {
        modules.verify();
    }

    /** A module without allowedDependencies could use any other: the verification above would not see it. */
    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        assertThat(declaredDependencies())
                .allSatisfy((module, allowed) -> assertThat(allowed)
                        .as("allowedDependencies in the package-info of %s", module)
                        .doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void theModuleTableOfDevelopingMdListsTheDeclaredDependencies() throws IOException {
        assertThat(moduleTable()).isEqualTo(declaredDependencies());
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private Map<String, Set<String>> declaredDependencies() {
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(module -> declared.put(
                module.getName(), allowedDependencies(module.getBasePackage().getName())));
        return declared;
    }

    private static Set<String> allowedDependencies(String basePackage) {
        try {
            ApplicationModule declaration =
                    Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return declaration == null
                    ? Set.of(ApplicationModule.OPEN_TOKEN)
                    : new TreeSet<>(Arrays.asList(declaration.allowedDependencies()));
        } catch (ClassNotFoundException noPackageInfo) {
            return Set.of(ApplicationModule.OPEN_TOKEN);
        }
    }

    /** The "may use" column of the table in the section "Modules" of docs/DEVELOPING.md, by module. */
    private static Map<String, Set<String>> moduleTable() throws IOException {
        String text = Files.readString(DEVELOPING);
        int start = text.indexOf("\n## Modules\n");
        String section = text.substring(start, text.indexOf("\n## ", start + 1));
        Map<String, Set<String>> table = new TreeMap<>();
        section.lines()
                .map(MODULE_ROW::matcher)
                .filter(Matcher::matches)
                .forEach(row -> table.put(row.group(1), mayUse(row.group(2))));
        return table;
    }

    private static Set<String> mayUse(String cell) {
        Set<String> names = new TreeSet<>();
        for (String name : cell.split(",")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty() && !trimmed.equals("nothing")) {
                names.add(trimmed);
            }
        }
        return names;
    }
}
