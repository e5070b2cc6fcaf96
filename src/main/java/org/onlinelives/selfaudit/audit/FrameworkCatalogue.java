package org.onlinelives.selfaudit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every framework version shipped ({@code selfaudit/framework-*.json}), by version. A
 * version's content is fixed once a cycle uses it: its SHA-256 is recorded then, and the
 * application refuses to start if the file has changed since. A new version is a new file
 * loaded beside the old, so audits already scored keep the wording they were scored
 * against.
 */
@Component
public class FrameworkCatalogue {

	static final String PATTERN = "classpath*:selfaudit/framework-*.json";

	private final Map<String, AuditFramework> frameworks = new LinkedHashMap<>();

	private final Map<String, String> hashes = new LinkedHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	FrameworkCatalogue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		FrameworkLoader loader = new FrameworkLoader();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
				try (InputStream in = resource.getInputStream()) {
					byte[] bytes = in.readAllBytes();
					AuditFramework framework = loader.load(new String(bytes, StandardCharsets.UTF_8),
							resource.getDescription());
					if (this.frameworks.put(framework.version(), framework) != null) {
						throw new IllegalStateException("Two framework files declare version " + framework.version());
					}
					this.hashes.put(framework.version(), sha256(bytes));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.frameworks.isEmpty()) {
			throw new IllegalStateException("No self-audit framework found at " + PATTERN);
		}
		checkUsedVersionsUnchanged();
	}

	private void checkUsedVersionsUnchanged() {
		this.jdbc.sql("select version, content_sha256 from selfaudit_framework").query((rs) -> {
			String version = rs.getString(1);
			String recorded = rs.getString(2);
			String current = this.hashes.get(version);
			if (current == null) {
				throw new IllegalStateException("Framework " + version
						+ " is used by audit cycles but its file is missing; restore selfaudit/framework-*.json");
			}
			if (!current.equals(recorded)) {
				throw new IllegalStateException("Framework " + version
						+ " has changed since audits used it. Restore the original file and add the change as a new version in a new file.");
			}
		});
	}

	/** The newest version: the one new cycles use. */
	public AuditFramework current() {
		return this.frameworks.values().stream().max(Comparator.comparing(AuditFramework::version)).orElseThrow();
	}

	/**
	 * The version an audit or cycle was scored against.
	 * @throws IllegalStateException if the version is not shipped (start-up checks make
	 * this unreachable for versions in use)
	 */
	public AuditFramework version(String version) {
		return find(version).orElseThrow(() -> new IllegalStateException("No framework version " + version));
	}

	public Optional<AuditFramework> find(String version) {
		return Optional.ofNullable(this.frameworks.get(version));
	}

	public List<String> versions() {
		return List.copyOf(this.frameworks.keySet());
	}

	/** Records that a version is in use, fixing its content from now on. */
	public void markUsed(String version) {
		if (!this.frameworks.containsKey(version)) {
			throw new IllegalArgumentException("No framework version " + version);
		}
		Integer existing = this.jdbc.sql("select count(*) from selfaudit_framework where version = :version")
			.param("version", version)
			.query(Integer.class)
			.single();
		if (existing == 0) {
			this.jdbc.sql(
					"insert into selfaudit_framework (version, content_sha256, first_used_at) values (:version, :hash, :at)")
				.param("version", version)
				.param("hash", this.hashes.get(version))
				.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update();
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
