package dev.breaker.core;

import java.time.Instant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules of breaker-core, checked with ArchUnit.
 */
class ArchitectureTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.breaker.core");

	@Test
	void coreShouldDependOnNothingButTheJdkAndJSpecify() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.breaker.core..", "java..", "org.jspecify..")
			.check(CORE);
	}

	@Test
	void onlyTheSystemTickerShouldReadTheClock() {
		noClasses().that()
			.doNotHaveSimpleName("SystemTicker")
			.should()
			.callMethod(System.class, "nanoTime")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(Instant.class, "now")
			.check(CORE);
	}

	@Test
	void publicApiShouldNotExposeInternalTypesExceptThroughFactories() {
		noClasses().that()
			.resideInAPackage("dev.breaker.core")
			.and()
			.doNotHaveSimpleName("CircuitBreaker")
			.and()
			.doNotHaveSimpleName("CircuitBreakerRegistry")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.breaker.core.internal..")
			.check(CORE);
	}

}
