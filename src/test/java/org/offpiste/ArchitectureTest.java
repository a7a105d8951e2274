package org.offpiste;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The architecture of STYLE.md, checked on the compiled main classes: feature packages, MVVM,
 * no JavaFX outside the window's code, one hand-off to the FX thread, stylesheets instead of
 * inline styles, SQL only in the store, no cycles between packages.
 */
@AnalyzeClasses(packages = "org.offpiste", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Packages that the command line, the store and later a server use: not a trace of JavaFX. */
    private static final String[] NON_UI_PACKAGES = {
        "org.offpiste.store..", "org.offpiste.project..", "org.offpiste.settings..", "org.offpiste.i18n..",
        "org.offpiste.cli..", "org.offpiste.export..", "org.offpiste.llm..", "org.offpiste.ranking..",
        "org.offpiste.workshop.."
    };

    /** Names of view classes, beside the JavaFX nodes, skins and windows themselves (a record inside one is no domain type). */
    private static final List<String> VIEW_SUFFIXES = List.of(
            "View", "Cell", "Skin", "Editor", "Dialog", "Control", "Chip", "Pane", "Card", "Menus", "Window");

    @ArchTest
    static final ArchRule noJavaFxOutsideTheWindow = noClasses()
            .that().resideInAnyPackage(NON_UI_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true)
            .because("the store, project files, settings, texts, command line, exports and model clients run without a screen");

    @ArchTest
    static final ArchRule viewModelsKnowNoScene = classes()
            .that(topLevelNameEndsWith("ViewModel"))
            .should(neverReach(resideInAnyPackage("javafx.scene..", "javafx.stage..")))
            .allowEmptyShould(true)
            .because("a ViewModel, and everything it uses, exposes properties and commands and runs without a screen: "
                    + "only views build the scene graph");

    @ArchTest
    static final ArchRule domainTypesKnowNoJavaFx = classes()
            .that().resideInAPackage("org.offpiste..")
            .and().resideOutsideOfPackages("org.offpiste.app..", "org.offpiste.ui..")
            .and(isDomainType())
            .should(neverReach(resideInAPackage("javafx..")))
            .because("records, enums, services and stores are the domain, and so is all they use: they outlive any screen");

    @ArchTest
    static final ArchRule viewsTalkOnlyToTheirViewModels = noClasses()
            .that(topLevelNameEndsWith("View"))
            .should().dependOnClassesThat(topLevelNameEndsWithAnyOf(List.of("Service", "Store", "ProjectFiles"))
                    .and(DescribedPredicate.not(resideInAPackage("org.offpiste.ui.."))))
            .orShould().dependOnClassesThat().resideInAPackage("org.offpiste.store..")
            .allowEmptyShould(true)
            .because("MVVM: a View talks only to its ViewModel, which talks to the services (the window's own DialogService aside)");

    @ArchTest
    static final ArchRule runLaterOnlyInUi = noClasses()
            .that().resideOutsideOfPackage("org.offpiste.ui..")
            .should().callMethod(Platform.class, "runLater", Runnable.class)
            .because("the hand-off to the FX thread lives in one place: TaskExecutor");

    @ArchTest
    static final ArchRule noInlineStyles = noClasses()
            .should().callMethodWhere(target(name("setStyle")).and(target(owner(assignableTo(Node.class)))))
            .orShould().callMethodWhere(target(name("styleProperty")).and(target(owner(assignableTo(Node.class)))))
            .because("styles live in a stylesheet per feature, with style classes and pseudo-classes");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("org.offpiste.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.offpiste.app.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.offpiste.app.."))
            .because("features depend on shared packages, never on each other in a circle; app wires them all");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.offpiste.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("all SQL stays in the store, so a PostgreSQL store can come later");

    @ArchTest
    static final ArchRule exitOnlyInApp = noClasses()
            .that().resideOutsideOfPackage("org.offpiste.app..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("only the entry point decides when the process ends");

    @ArchTest
    static final ArchRule noStackTracesForPeople = noClasses()
            .that().resideOutsideOfPackage("org.offpiste.app..")
            .should().callMethodWhere(target(name("printStackTrace")).and(target(owner(assignableTo(Throwable.class)))))
            .because("errors become messages; the log file gets the details");

    @ArchTest
    static final ArchRule threadsOnlyFromTheExecutor = noClasses()
            .that().resideOutsideOfPackages("org.offpiste.app..", "org.offpiste.ui..")
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("background work goes through the one TaskExecutor");

    @ArchTest
    static final ArchRule noStaticMutableState = fields()
            .that().areStatic()
            .should().beFinal()
            .because("no singletons or static mutable state: everything is wired by constructor");

    @ArchTest
    static final ArchRule mainDoesNotUseTests = noClasses()
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Test")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.testfx..", "org.assertj..")
            .because("test code stays in src/test");

    /**
     * Neither the class nor any Offpiste class it uses, directly or through other Offpiste classes,
     * depends on a class matching {@code forbidden}. (ArchUnit's transitive check would also walk
     * through JavaFX's own classes, where everything reaches everything.)
     */
    private static ArchCondition<JavaClass> neverReach(DescribedPredicate<? super JavaClass> forbidden) {
        return new ArchCondition<>("never reach, through Offpiste's own classes, " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Map<JavaClass, JavaClass> cameFrom = new HashMap<>();
                Deque<JavaClass> queue = new ArrayDeque<>(List.of(origin));
                Set<String> reported = new HashSet<>();
                cameFrom.put(origin, null);
                while (!queue.isEmpty()) {
                    JavaClass c = queue.poll();
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        if (forbidden.test(target)) {
                            if (reported.add(target.getName())) {
                                events.add(SimpleConditionEvent.violated(origin, origin.getName() + " reaches "
                                        + target.getName() + " via " + path(cameFrom, c) + ": " + d.getDescription()));
                            }
                        } else if (target.getPackageName().startsWith("org.offpiste") && !cameFrom.containsKey(target)) {
                            cameFrom.put(target, c);
                            queue.add(target);
                        }
                    }
                }
            }
        };
    }

    private static String path(Map<JavaClass, JavaClass> cameFrom, JavaClass end) {
        Deque<String> names = new ArrayDeque<>();
        for (JavaClass c = end; c != null; c = cameFrom.get(c)) {
            names.addFirst(c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName());
        }
        return String.join(" -> ", names);
    }

    private static DescribedPredicate<JavaClass> topLevelNameEndsWith(String suffix) {
        return topLevelNameEndsWithAnyOf(List.of(suffix));
    }

    /** Matches a class, or a nested or anonymous class, whose top-level class name ends with one of the suffixes. */
    private static DescribedPredicate<JavaClass> topLevelNameEndsWithAnyOf(List<String> suffixes) {
        return DescribedPredicate.describe("a top-level name ending with " + String.join("|", suffixes),
                c -> suffixes.stream().anyMatch(topLevelSimpleName(c)::endsWith));
    }

    private static DescribedPredicate<JavaClass> isDomainType() {
        DescribedPredicate<JavaClass> named = topLevelNameEndsWithAnyOf(List.of("Service", "Store", "Query", "Sort"));
        DescribedPredicate<JavaClass> view = isViewClass().or(topLevelNameEndsWith("ViewModel"));
        return DescribedPredicate.describe("records, enums, services and stores (not views, view models or holders of view models)",
                c -> (c.isRecord() || c.isEnum() || named.test(c)) && !view.test(c) && !holdsViewModels(c));
    }

    /** A class of the view layer: its top-level class is a node, skin, cell or window, or is named like a view. */
    private static DescribedPredicate<JavaClass> isViewClass() {
        DescribedPredicate<JavaClass> named = topLevelNameEndsWithAnyOf(VIEW_SUFFIXES);
        return DescribedPredicate.describe("view classes", c -> {
            JavaClass top = topLevel(c);
            return named.test(c) || top.isAssignableTo("javafx.scene.Node") || top.isAssignableTo("javafx.scene.control.Skin")
                    || top.isAssignableTo("javafx.stage.Window");
        });
    }

    /** A record like {@code OpenProject(session, briefViewModel, ...)} belongs to the view-model layer. */
    private static boolean holdsViewModels(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> topLevelSimpleName(d.getTargetClass()).endsWith("ViewModel"));
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static String topLevelSimpleName(JavaClass type) {
        JavaClass c = type.getBaseComponentType();
        String prefix = c.getPackageName() + ".";
        String name = c.getName().startsWith(prefix) ? c.getName().substring(prefix.length()) : c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
