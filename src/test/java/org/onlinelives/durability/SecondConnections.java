package org.onlinelives.durability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Notes every time a thread asks the pool for a connection while it already holds one.
 * Such a thread can wait for ever once every connection is held by threads like it (issue
 * 15): with a pool of n, n such requests at once stall until the pool's timeout. Seen
 * here deterministically, on one request, instead of by luck under load.
 */
final class SecondConnections implements BeanPostProcessor {

	private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<String> FIRST = new ThreadLocal<>();

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private volatile boolean watching;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Watched)) {
			return new Watched(dataSource);
		}
		return bean;
	}

	private static String stack() {
		return Arrays.stream(new Throwable().getStackTrace())
			.map(StackTraceElement::toString)
			.filter((frame) -> !frame.startsWith("java.") && !frame.startsWith("jdk.")
					&& !frame.startsWith("org.apache.catalina") && !frame.startsWith("org.apache.tomcat"))
			.limit(40)
			.collect(Collectors.joining("\n  ", "  ", ""));
	}

	void watch(boolean on) {
		this.watching = on;
	}

	List<String> seen() {
		return List.copyOf(this.seen);
	}

	void clear() {
		this.seen.clear();
	}

	private final class Watched extends DelegatingDataSource {

		Watched(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			int[] held = HELD.get();
			if (held[0] > 0 && SecondConnections.this.watching) {
				SecondConnections.this.seen.add(Thread.currentThread().getName() + " already held " + held[0] + ":\n"
						+ Arrays.stream(new Throwable().getStackTrace())
							.map(StackTraceElement::toString)
							.filter((frame) -> frame.startsWith("org.onlinelives") || frame.contains("modulith")
									|| frame.contains("session") || frame.contains("Transaction"))
							.limit(25)
							.collect(Collectors.joining("\n  ", "  ", ""))
						+ "\nsync active "
						+ org.springframework.transaction.support.TransactionSynchronizationManager
							.isSynchronizationActive()
						+ " tx active "
						+ org.springframework.transaction.support.TransactionSynchronizationManager
							.isActualTransactionActive()
						+ " name "
						+ org.springframework.transaction.support.TransactionSynchronizationManager
							.getCurrentTransactionName()
						+ " resources "
						+ org.springframework.transaction.support.TransactionSynchronizationManager.getResourceMap()
						+ (org.springframework.transaction.support.TransactionSynchronizationManager
							.isSynchronizationActive()
									? " syncs "
											+ org.springframework.transaction.support.TransactionSynchronizationManager
												.getSynchronizations()
									: "")
						+ "\nwhile holding one taken at:\n" + FIRST.get());
			}
			Connection connection = super.getConnection();
			held[0]++;
			if (held[0] == 1) {
				FIRST.set(stack());
			}
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("close")) {
							held[0]--;
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
