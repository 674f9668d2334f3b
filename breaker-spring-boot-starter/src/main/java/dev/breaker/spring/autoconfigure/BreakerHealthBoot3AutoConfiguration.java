package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code circuitBreakers} health contributor on Spring Boot 3.5, when {@code breaker.health.enabled} is true.
 *
 * <p>The Boot 3.5 adapter does not compile against Boot 4, so the {@code boot4} build profile leaves it out. This
 * class names it only as a string, imported once the conditions matched: it loads under both Boot versions and is
 * listed in {@code AutoConfiguration.imports} for both.
 */
@AutoConfiguration(after = BreakerAutoConfiguration.class,
		beforeName = "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(CircuitBreakerRegistry.class)
@ConditionalOnProperty(prefix = "breaker.health", name = "enabled", havingValue = "true")
@Import(BreakerHealthBoot3AutoConfiguration.AdapterImportSelector.class)
public final class BreakerHealthBoot3AutoConfiguration {

	static final class AdapterImportSelector implements ImportSelector {

		@Override
		public String[] selectImports(AnnotationMetadata importingClassMetadata) {
			return new String[] {
					"dev.breaker.spring.actuate.health.boot3.Boot3CircuitBreakersHealthIndicatorConfiguration" };
		}

	}

}
