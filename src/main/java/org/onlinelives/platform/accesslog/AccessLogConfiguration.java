package org.onlinelives.platform.accesslog;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Replaces Spring Boot's transaction manager with one that writes waiting access-log
 * entries once a transaction's connection is back in the pool.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource, AccessLog accessLog,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		ReleasingTransactionManager transactionManager = new ReleasingTransactionManager(dataSource, accessLog);
		customizers.ifAvailable((each) -> each.customize(transactionManager));
		return transactionManager;
	}

}
