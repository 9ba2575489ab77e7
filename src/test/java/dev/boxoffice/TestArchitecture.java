package dev.boxoffice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: data -> features -> store -> model -> {serve, jobs} -> cli. Imports only point left. */
class TestArchitecture {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.boxoffice");

    private static void mayNotDependOn(String pkg, String... later) {
        for (String other : later) {
            noClasses().that().resideInAPackage("dev.boxoffice." + pkg + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.boxoffice." + other + "..")
                    .because(pkg + " comes before " + other + " in the pipeline").check(MAIN);
        }
    }

    @Test
    void data_depends_on_no_later_stage() {
        mayNotDependOn("data", "features", "store", "model", "serve", "jobs", "cli");
    }

    @Test
    void features_depend_only_on_data() {
        mayNotDependOn("features", "store", "model", "serve", "jobs", "cli");
    }

    @Test
    void store_never_imports_model_serve_jobs_or_cli() {
        mayNotDependOn("store", "model", "serve", "jobs", "cli");
    }

    @Test
    void model_never_imports_serve_jobs_or_cli() {
        mayNotDependOn("model", "serve", "jobs", "cli");
    }

    @Test
    void serve_and_jobs_are_siblings_that_never_import_each_other() {
        mayNotDependOn("serve", "jobs", "cli");
        mayNotDependOn("jobs", "serve", "cli");
    }
}
