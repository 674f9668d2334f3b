package dev.breaker.sample.shop;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Makes Spring Data JDBC write table and column names unquoted, so that the lower-case names of the Flyway
 * migrations and of the entities match on every database: H2 folds unquoted names to upper case, PostgreSQL to lower
 * case. (Spring Data JDBC quotes them by default, which makes {@code "orders"} a different table from
 * {@code ORDERS} on H2.)
 */
@Configuration(proxyBeanMethods = false)
class ShopPersistenceConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiersPostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext mappingContext) {
					mappingContext.setForceQuote(false);
				}
				return bean;
			}

		};
	}

}
