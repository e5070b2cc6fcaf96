package org.onlinelives.platform.web;

import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DownloadLimitsTests {

	private long nanos = 0;

	private final TimeMeter clock = new TimeMeter() {
		@Override
		public long currentTimeNanos() {
			return DownloadLimitsTests.this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}
	};

	@Test
	void tenInAMinuteThenAWaitOfAboutSixSeconds() {
		DownloadLimits limits = new DownloadLimits(10, this.clock);
		for (int i = 0; i < 10; i++) {
			assertThat(limits.take(7)).as("download " + (i + 1)).isEmpty();
		}
		assertThat(limits.take(7)).hasValue(6);
		this.nanos += TimeUnit.SECONDS.toNanos(6);
		assertThat(limits.take(7)).isEmpty();
		assertThat(limits.take(7)).isPresent();
	}

	@Test
	void eachPersonHasTheirOwnAllowance() {
		DownloadLimits limits = new DownloadLimits(2, this.clock);
		limits.take(1);
		limits.take(1);
		assertThat(limits.take(1)).isPresent();
		assertThat(limits.take(2)).isEmpty();
	}

	@Test
	void aFullMinuteRestoresTheWholeAllowance() {
		DownloadLimits limits = new DownloadLimits(3, this.clock);
		for (int i = 0; i < 3; i++) {
			limits.take(1);
		}
		this.nanos += TimeUnit.MINUTES.toNanos(1);
		for (int i = 0; i < 3; i++) {
			assertThat(limits.take(1)).isEmpty();
		}
		assertThat(limits.take(1)).isPresent();
	}

	@Test
	void theLimitMustAllowSomething() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DownloadLimits(0, this.clock));
	}

	@Test
	void downloadsAreRecognisedByWhatTheySend() {
		assertThat(DownloadLimitInterceptor.isDownload("/audits/4/report.pdf")).isTrue();
		assertThat(DownloadLimitInterceptor.isDownload("/audit-results/export.CSV")).isTrue();
		assertThat(DownloadLimitInterceptor.isDownload("/audit-results/export.xlsx")).isTrue();
		assertThat(DownloadLimitInterceptor.isDownload("/audits/4/results")).isFalse();
	}

}
